using System.Text.Json;
using Twister.Hosting.Execution;
using Twister.Hosting.Tasks;
using Twister.Samples.FakeJira.Model;
using Twister.Samples.Jira.Tests.Infrastructure;
using Twister.Testing;

namespace Twister.Samples.Jira.Tests.Sync;

public sealed class IncrementalSyncTests : JiraTestBase
{
    [Fact]
    public async Task A_webhook_schedules_a_pass_that_also_brings_changes_whose_webhooks_were_lost()
    {
        await SyncProjectAsync();
        var issues = IssuesOf(Project);
        var lost = issues[10];
        var commented = issues[20];
        var delivered = issues[30];
        var item = await ItemOfAsync(lost);
        await Host.Plot.SetActivityStateAsync(item.Id, unread: true, archived: true);
        Jira.Data.EditIssue(lost.Id, summary: "Edited, webhook lost"); // no delivery for these two
        var comment = Jira.Data.AddComment(commented.Id, AdfNode.FromText("A comment nobody delivered."))!;
        Jira.Data.EditIssue(delivered.Id, summary: "Edited, webhook delivered");

        await DeliverAsync(await WebhookUrlAsync(), Jira.BuildIssueEvent(delivered.Id));
        var pending = Assert.Single(await Host.GetTasksAsync(), t => t.Status == QueuedTaskStatus.Pending);
        var early = await Host.AdvanceAsync(JiraConnector.CatchUpDelay - TimeSpan.FromSeconds(1));
        var pass = await Host.AdvanceAsync(TimeSpan.FromSeconds(1));

        Assert.Equal(nameof(JiraConnector.Callbacks.SyncUpdates), pending.CallbackKey);
        Assert.Empty(early);
        Assert.Equal(nameof(JiraConnector.Callbacks.SyncUpdates), Assert.Single(pass).CallbackKey);
        var after = await ItemOfAsync(lost);
        Assert.Equal($"{lost.Key}: Edited, webhook lost", after.Title);
        Assert.True(after.Unread); // an incremental sync leaves the user's choices alone
        Assert.True(after.Archived);
        Assert.Equal("A comment nobody delivered.", (await Host.AssertNoteAsync(SourceOf(commented), $"comment-{comment.Id}")).Content);
        await Host.AssertActivityCountAsync(IssuesPerProject);
    }

    [Fact]
    public async Task The_pass_reads_only_what_changed_since_the_watermark_and_moves_it()
    {
        await SyncProjectAsync();
        var watermark = await WatermarkAsync();
        Jira.Data.EditIssue(IssuesOf(Project)[5].Id, summary: "Changed");
        var changed = Jira.Data.GetIssue(IssuesOf(Project)[5].Id)!;

        await DeliverAsync(await WebhookUrlAsync(), Jira.BuildIssueEvent(changed.Id));
        var pass = Assert.Single(await Host.AdvanceAsync(JiraConnector.CatchUpDelay));

        Assert.True(changed.Updated > watermark);
        Assert.Equal(changed.Updated, await WatermarkAsync());
        // The change and what shares the watermark's minute, a few store reads and one search: a pass over
        // every issue would upsert 60 items.
        Assert.InRange(pass.Requests, 1, 20);
    }

    [Fact]
    public async Task Deliveries_of_one_burst_share_one_scheduled_pass()
    {
        await SyncProjectAsync();
        var url = await WebhookUrlAsync();

        foreach (var issue in IssuesOf(Project).Take(3))
        {
            Jira.Data.EditIssue(issue.Id, summary: $"Burst {issue.Key}");
            await DeliverAsync(url, Jira.BuildIssueEvent(issue.Id));
        }

        Assert.Single(await Host.GetTasksAsync(), t => t.Status == QueuedTaskStatus.Pending && t.CallbackKey == nameof(JiraConnector.Callbacks.SyncUpdates));
        await Host.AdvanceAsync(JiraConnector.CatchUpDelay);
        Assert.DoesNotContain(await Host.GetTasksAsync(), t => t.Status == QueuedTaskStatus.Pending); // the pass ended
    }

    [Fact]
    public async Task A_change_made_while_the_backfill_pages_arrives_by_the_pass_that_follows_it()
    {
        await Host.Connector.InstallAsync();
        await Host.Connector.EnableChannelAsync(Project.Id);
        await Host.Host.RunDueTasksAsync(maxTasks: 1); // the first page is synced
        var early = IssuesOf(Project)[0];
        Jira.Data.EditIssue(early.Id, summary: "Edited during the backfill");

        var records = await Host.RunUntilIdleAsync(); // the backfill's end schedules a pass, which ends

        Assert.Equal($"{early.Key}: Edited during the backfill", (await ItemOfAsync(early)).Title);
        Assert.Equal([nameof(JiraConnector.Callbacks.SyncBatch), nameof(JiraConnector.Callbacks.SyncUpdates)], records.Select(r => r.CallbackKey));
        Assert.All(records, r => Assert.Equal(ExecutionStatus.Succeeded, r.Status));
    }

    [Fact]
    public async Task A_pass_over_more_than_a_page_runs_one_page_per_task_and_ends()
    {
        await SyncProjectAsync();
        foreach (var issue in IssuesOf(Project)) Jira.Data.EditIssue(issue.Id, summary: $"Bulk edit {issue.Key}");

        await DeliverAsync(await WebhookUrlAsync(), Jira.BuildIssueEvent(FirstIssue.Id));
        var records = await Host.RunUntilIdleAsync();

        Assert.Equal(2, records.Count(r => r.CallbackKey == nameof(JiraConnector.Callbacks.SyncUpdates)));
        Assert.All(await Host.Plot.GetActivitiesAsync(), a => Assert.Contains("Bulk edit", a.Title, StringComparison.Ordinal));
        Assert.Null(await Host.GetStoredJsonAsync($"sync_updates_{Project.Id}"));
    }

    private async Task<DateTimeOffset> WatermarkAsync()
    {
        using var sync = JsonDocument.Parse((await Host.GetStoredJsonAsync($"sync_{Project.Id}"))!);
        return sync.RootElement.GetProperty("updatedSince").GetDateTimeOffset();
    }
}
