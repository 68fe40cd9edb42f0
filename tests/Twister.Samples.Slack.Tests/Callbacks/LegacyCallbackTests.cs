using System.Text;
using Twister.Hosting.Execution;
using Twister.Samples.Slack.Tests.Infrastructure;
using Twister.Testing;

namespace Twister.Samples.Slack.Tests.Callbacks;

public sealed class LegacyCallbackTests : SlackTestBase
{
    [Fact]
    public async Task A_RefreshThread_task_persisted_by_a_version_with_an_extra_argument_still_refreshes_the_thread()
    {
        await SyncAsync();
        var reply = Slack.Data.PostMessage(General.Id, Slack.Data.Users[2].Id, "Merged, thanks", Question.Ts);

        var record = await Host.InvokeCallbackAsync(nameof(SlackConnector.Callbacks.RefreshThread), $$"""["{{General.Id}}", "{{Question.Ts}}", "reaction"]""");

        Assert.Equal(ExecutionStatus.Succeeded, record.Status);
        Assert.Equal(reply.Ts, (await NotesOfAsync(General, Question))[^1].Key);
    }

    [Fact]
    public async Task A_RefreshThread_task_persisted_without_its_thread_fails_with_the_key_and_index()
    {
        var record = await Host.InvokeCallbackAsync(nameof(SlackConnector.Callbacks.RefreshThread), $$"""["{{General.Id}}"]""");

        Assert.Equal(ExecutionStatus.Failed, record.Status);
        var error = Assert.IsType<CallbackArgumentException>(record.Exception);
        Assert.Equal((nameof(SlackConnector.Callbacks.RefreshThread), 1), (error.Key, error.Index));
    }

    [Fact]
    public async Task The_events_webhook_invoked_with_its_shipped_arguments_answers_the_challenge()
    {
        await SyncAsync();
        var delivery = Slack.BuildUrlVerification("legacy-challenge");
        Host.Clock.SetUtcNow(DateTimeOffset.FromUnixTimeSeconds(long.Parse(delivery.Headers["X-Slack-Request-Timestamp"], System.Globalization.CultureInfo.InvariantCulture)));
        var request = new WebhookRequest("POST", delivery.Headers, Encoding.UTF8.GetBytes(delivery.Body));

        var record = await Host.InvokeCallbackAsync(nameof(SlackConnector.Callbacks.OnSlackRequest), $$"""["{{General.Id}}"]""", request);

        Assert.Equal(ExecutionStatus.Succeeded, record.Status);
        Assert.Equal("legacy-challenge", Encoding.UTF8.GetString(request.Response!.Body.Span));
    }
}
