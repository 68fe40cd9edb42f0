using Twister.Hosting.Execution;
using Twister.Samples.Linear.Tests.Infrastructure;
using Twister.Testing;

namespace Twister.Samples.Linear.Tests.Callbacks;

public sealed class LegacyCallbackTests : ConnectorTestBase
{
    [Fact]
    public async Task A_SyncBatch_persisted_with_an_extra_argument_by_another_version_still_dispatches()
    {
        await Host.InstallAsync(Team.Id);
        await Host.Connector.EnableChannelAsync(Team.Id); // state for the first batch is in the store

        // Arguments as a version whose SyncBatch also took a batch number would have persisted them.
        var record = await Host.InvokeCallbackAsync(nameof(IssueConnector.Callbacks.SyncBatch), $$"""["{{Team.Id}}", 3]""");

        Assert.Equal(ExecutionStatus.Succeeded, record.Status);
        await Host.AssertActivityCountAsync(50); // the first page
    }

    [Fact]
    public async Task A_SyncBatch_persisted_without_its_channel_fails_with_the_key_and_index()
    {
        var record = await Host.InvokeCallbackAsync(nameof(IssueConnector.Callbacks.SyncBatch), "[]");

        Assert.Equal(ExecutionStatus.Failed, record.Status);
        var error = Assert.IsType<CallbackArgumentException>(record.Exception);
        Assert.Equal(nameof(IssueConnector.Callbacks.SyncBatch), error.Key);
        Assert.Equal(0, error.Index);
    }

    [Fact]
    public async Task A_webhook_callback_invoked_with_legacy_arguments_applies_the_delivery()
    {
        await SyncFirstTeamAsync();
        Linear.Data.EditIssue(FirstIssue.Id, title: "Through a legacy token");
        var request = new WebhookRequest("POST", new Dictionary<string, string>(), System.Text.Encoding.UTF8.GetBytes(Linear.BuildWebhookPayload(FirstIssue.Id)));

        var record = await Host.InvokeCallbackAsync(nameof(IssueConnector.Callbacks.OnWebhook), $$"""["{{Team.Id}}", "obsolete"]""", request);

        Assert.Equal(ExecutionStatus.Succeeded, record.Status);
        Assert.EndsWith("Through a legacy token", (await ActivityOfAsync(FirstIssue)).Title, StringComparison.Ordinal);
    }
}
