using Twister.Hosting.Plot;
using Twister.Hosting.Tasks;
using Twister.Samples.Jira.Tests.Infrastructure;
using Twister.Testing;

namespace Twister.Samples.Jira.Tests.Lifecycle;

public sealed class ChannelLifecycleTests : JiraTestBase
{
    [Fact]
    public async Task A_recovery_drops_the_cursors_and_backfills_with_items_marked_read()
    {
        await SyncProjectAsync();
        var issue = FirstIssue;
        var item = await ItemOfAsync(issue);
        await Host.Plot.SetActivityStateAsync(item.Id, unread: true, archived: true);
        Jira.Data.EditIssue(issue.Id, summary: "Changed while the token was revoked");
        await DeliverAsync(await WebhookUrlAsync(), Jira.BuildIssueEvent(issue.Id)); // schedules a pass
        var oldUrl = await WebhookUrlAsync();

        var recovered = await Host.Connector.RecoverAsync();
        await RunAsync();

        Assert.Equal([Project.Id], recovered);
        var after = await ItemOfAsync(issue);
        Assert.Equal($"{issue.Key}: Changed while the token was revoked", after.Title);
        Assert.False(after.Unread); // a recovery backfills like the first sync
        Assert.False(after.Archived);
        Assert.NotEqual(oldUrl, await WebhookUrlAsync()); // the webhook was set up again
        var cancelled = Assert.Single(await Host.GetTasksAsync(), t => t.Status == QueuedTaskStatus.Cancelled);
        Assert.Equal(nameof(JiraConnector.Callbacks.SyncUpdates), cancelled.CallbackKey); // the scheduled pass was dropped
        await Host.AssertActivityCountAsync(IssuesPerProject);
    }

    [Fact]
    public async Task A_recovery_backfills_even_a_window_the_channel_already_covers()
    {
        await Host.Connector.InstallAsync();
        var window = new SyncContext(HistoryMin: IssuesOf(Project)[30].Created);
        await Host.Connector.EnableChannelAsync(Project.Id, window);
        await RunAsync();

        await Host.Connector.RecoverAsync(window);
        var records = await Host.RunPendingTasksAsync();

        Assert.Contains(records, r => r.CallbackKey == nameof(JiraConnector.Callbacks.SyncBatch));
        await Host.AssertActivityCountAsync(IssuesPerProject - 30);
    }

    [Fact]
    public async Task Disabling_archives_the_projects_items_only_and_clears_its_state()
    {
        await SyncProjectAsync();
        await SyncProjectAsync(OtherProject);
        await DeliverAsync(await WebhookUrlAsync(), Jira.BuildIssueEvent(FirstIssue.Id)); // a pass is scheduled

        var archived = await Host.Connector.DisableChannelAsync(Project.Id);

        Assert.Equal(IssuesPerProject, archived);
        Assert.All(await Host.Plot.GetActivitiesAsync(new ActivityQuery { ChannelId = Project.Id }), a => Assert.True(a.Archived));
        Assert.All(await Host.Plot.GetActivitiesAsync(new ActivityQuery { ChannelId = OtherProject.Id }), a => Assert.False(a.Archived));
        foreach (var key in new[] { "sync_", "sync_state_", "sync_updates_", "sync_catch_up_", "webhook_" })
        {
            Assert.Null(await Host.GetStoredJsonAsync(key + Project.Id));
        }
        Assert.NotNull(await Host.GetStoredJsonAsync("sync_" + OtherProject.Id));
        Assert.DoesNotContain(await Host.GetTasksAsync(), t => t.Status == QueuedTaskStatus.Pending);
        Assert.Single(await Host.GetWebhooksAsync());
    }

    [Fact]
    public async Task A_batch_queued_before_the_channel_was_disabled_does_nothing()
    {
        await Host.Connector.InstallAsync();
        await Host.Connector.EnableChannelAsync(Project.Id); // the first batch is queued, not run
        await Host.Connector.DisableChannelAsync(Project.Id);

        await Host.RunUntilIdleAsync();

        await Host.AssertNoFailedExecutionsAsync();
        await Host.AssertActivityCountAsync(0);
    }
}
