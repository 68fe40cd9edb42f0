using Twister.Hosting.Execution;
using Twister.Hosting.Tasks;
using Twister.Samples.Slack.Tests.Infrastructure;
using Twister.Testing;

namespace Twister.Samples.Slack.Tests.Sync;

public sealed class RateLimitTests : SlackTestBase
{
    [Fact]
    public async Task A_short_retry_after_is_waited_for_within_the_batch()
    {
        Slack.Data.LimitRate("conversations.replies", onCall: 1, retryAfterSeconds: 1);

        await SyncAsync();

        await Host.AssertActivityCountAsync(GeneralItems);
        Assert.Equal(GeneralNotes, (await Host.Plot.CountAsync()).Notes);
        Assert.Single(await BatchesAsync()); // waited in place: the one batch did it all
        Assert.Equal(2, Slack.Data.CallCount("conversations.replies")); // the limited call, then the same call again
    }

    [Fact]
    public async Task A_long_retry_after_reschedules_the_batch_by_the_hosts_clock_and_the_sync_still_completes_exactly()
    {
        Slack.Data.LimitRate("conversations.history", onCall: 2, retryAfterSeconds: 30);
        await InstallAsync(Engineering);
        await Host.RunPendingTasksAsync(); // page 1, then page 2 is limited

        var rescheduled = Assert.Single(await Host.GetTasksAsync(), t => t.Status == QueuedTaskStatus.Pending);
        var limited = (await BatchesAsync())[^1];
        await Host.RunUntilIdleAsync();

        Assert.Equal(ExecutionStatus.Succeeded, limited.Status); // a rate limit is not a failure
        Assert.Equal(Host.Clock.GetUtcNow(), rescheduled.RunAt); // the idle run moved the clock to it
        Assert.Equal(TimeSpan.FromSeconds(30), rescheduled.RunAt - limited.StartedAt); // the virtual clock stands still within an execution
        await Host.AssertNoFailedExecutionsAsync();
        var items = await Host.AssertActivityCountAsync(EngineeringMessages);
        Assert.Equal(Slack.Data.GetMessages(Engineering.Id).Select(m => m.Ts).Order(), items.Select(i => i.Meta.ExternalId).Order());
        Assert.Equal(EngineeringMessages, (await Host.Plot.CountAsync()).Notes);
        Assert.Equal(4, (await BatchesAsync()).Count); // pages 1, 2 (limited), 2, 3
    }

    [Fact]
    public async Task A_limit_on_every_other_call_still_completes_exactly()
    {
        Slack.Data.LimitRate("conversations.history", onCall: 2, retryAfterSeconds: 30, repeat: true);

        await SyncAsync(Engineering);

        await Host.AssertActivityCountAsync(EngineeringMessages);
        Assert.Equal(5, (await BatchesAsync()).Count); // three pages, two of them limited once
        Assert.Equal(5, Slack.Data.CallCount("conversations.history"));
    }

    [Fact]
    public async Task A_limited_members_lookup_redoes_the_page_without_saving_half_of_it()
    {
        Slack.Data.LimitRate("users.info", onCall: 2, retryAfterSeconds: 45);
        await InstallAsync();
        var first = await Host.RunPendingTasksAsync();

        Assert.Empty(await Host.Plot.GetActivitiesAsync());
        Assert.Equal(ExecutionStatus.Succeeded, Assert.Single(first).Status);
        await Host.RunUntilIdleAsync();
        await Host.AssertActivityCountAsync(GeneralItems);
        Assert.Equal(GeneralNotes, (await Host.Plot.CountAsync()).Notes);
    }

    [Fact]
    public async Task An_events_thread_refresh_that_is_limited_runs_again_after_the_wait()
    {
        await SyncAsync();
        var reply = Slack.Data.PostMessage(General.Id, Slack.Data.Users[2].Id, "Merged, thanks", Question.Ts);
        Slack.Data.LimitRate("conversations.replies", onCall: 1, retryAfterSeconds: 20);
        await DeliverAsync(General, Slack.BuildMessageEvent(General.Id, reply.Ts));

        await Host.RunPendingTasksAsync();
        var early = await Host.AdvanceAsync(TimeSpan.FromSeconds(19));
        var due = await Host.AdvanceAsync(TimeSpan.FromSeconds(1));

        Assert.Empty(early);
        Assert.Equal(nameof(SlackConnector.Callbacks.RefreshThread), Assert.Single(due).CallbackKey);
        Assert.Equal("Merged, thanks", (await NotesOfAsync(General, Question))[^1].Content);
    }

    private async Task<IReadOnlyList<ExecutionRecord>> BatchesAsync()
        => [.. (await Host.GetExecutionsAsync()).Where(e => e.CallbackKey == nameof(SlackConnector.Callbacks.SyncBatch))];
}
