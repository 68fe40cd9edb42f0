using Twister.Samples.Jira.Api;
using Twister.Samples.Jira.Sync;

namespace Twister.Samples.Jira;

/// <summary>
/// The backfill (oldest first by creation, one page per task) and the incremental sync: a pass over the
/// issues updated since the watermark, scheduled a little after a backfill ends or a webhook arrives, so
/// changes whose webhooks were lost, late or never registered (local development) still arrive. A pass
/// pages to the end of what changed and ends; it never schedules itself.
/// </summary>
public sealed partial class JiraConnector
{
    /// <summary>How long after a backfill's end or a webhook the incremental sync runs: the deliveries of one burst share one pass.</summary>
    public static readonly TimeSpan CatchUpDelay = TimeSpan.FromMinutes(1);

    /// <summary>Syncs one page of a channel's backfill, then queues the next page as a new task.</summary>
    /// <param name="projectId">The project being synced.</param>
    /// <param name="cancellationToken">Supplied by the runtime.</param>
    [Callback]
    private async Task SyncBatch(string projectId, CancellationToken cancellationToken)
    {
        var state = await Store.GetAsync<BackfillState>(BackfillKey(projectId), cancellationToken);
        var sync = await Store.GetAsync<ChannelSync>(SyncKey(projectId), cancellationToken);
        if (state is null || sync is null) return; // the channel was disabled while this task waited
        var (client, site) = await GetClientAsync(projectId, cancellationToken);
        var page = await client.SearchAsync(Jql.Backfill(sync.Scope), state.PageToken, PageSize, cancellationToken);
        await SaveAsync(client, site, projectId, page.Issues, state.InitialSync, cancellationToken);

        if (page is { IsLast: false, NextPageToken: { } next })
        {
            await Store.SetAsync(BackfillKey(projectId), state with { PageToken = next, BatchNumber = state.BatchNumber + 1 }, cancellationToken);
            await Tools.Tasks.RunTaskAsync(Callbacks.SyncBatch(projectId), cancellationToken);
        }
        else
        {
            await Store.ClearAsync(BackfillKey(projectId), cancellationToken);
            await ScheduleUpdatesAsync(projectId, cancellationToken); // what changed while the backfill paged
        }
    }

    /// <summary>Syncs one page of the issues updated since the watermark; the last page moves the watermark.</summary>
    /// <param name="projectId">The project being synced.</param>
    /// <param name="cancellationToken">Supplied by the runtime.</param>
    [Callback]
    private async Task SyncUpdates(string projectId, CancellationToken cancellationToken)
    {
        var sync = await Store.GetAsync<ChannelSync>(SyncKey(projectId), cancellationToken);
        if (sync is null) return; // disabled
        if (await Store.GetAsync<BackfillState>(BackfillKey(projectId), cancellationToken) is not null) return; // its end schedules a pass
        var pass = await Store.GetAsync<UpdatesState>(UpdatesKey(projectId), cancellationToken);
        if (pass is null)
        {
            // A new pass: changes from now on need a pass of their own, which the next webhook schedules.
            await Store.ClearAsync(CatchUpKey(projectId), cancellationToken);
            pass = new UpdatesState(Jql.UpdatedSince(sync.Scope, sync.UpdatedSince, Jql.Zone(sync.TimeZone)), PageToken: null, sync.UpdatedSince);
        }
        var (client, site) = await GetClientAsync(projectId, cancellationToken);
        var page = await client.SearchAsync(pass.Jql, pass.PageToken, PageSize, cancellationToken);
        await SaveAsync(client, site, projectId, page.Issues, initialSync: false, cancellationToken);
        var latest = page.Issues.Select(i => (DateTimeOffset?)i.Fields.Updated).Append(pass.LatestUpdate).Max();

        if (page is { IsLast: false, NextPageToken: { } next })
        {
            await Store.SetAsync(UpdatesKey(projectId), pass with { PageToken = next, LatestUpdate = latest }, cancellationToken);
            await Tools.Tasks.RunTaskAsync(Callbacks.SyncUpdates(projectId), cancellationToken);
        }
        else
        {
            await Store.ClearAsync(UpdatesKey(projectId), cancellationToken);
            await Store.SetAsync(SyncKey(projectId), sync with { UpdatedSince = latest }, cancellationToken);
        }
    }

    /// <summary>Schedules an incremental pass <see cref="CatchUpDelay"/> from now, unless one is already scheduled.</summary>
    private async Task ScheduleUpdatesAsync(string projectId, CancellationToken cancellationToken)
    {
        if (await Store.GetAsync<string>(CatchUpKey(projectId), cancellationToken) is not null) return; // that pass reads this change too
        var runAt = Tools.Clock.GetUtcNow() + CatchUpDelay;
        var taskId = await Tools.Tasks.RunTaskAsync(Callbacks.SyncUpdates(projectId), runAt, cancellationToken);
        await Store.SetAsync(CatchUpKey(projectId), taskId, cancellationToken);
    }

    /// <summary>Cancels the channel's scheduled pass and forgets the progress of its backfill and pass.</summary>
    private async Task StopSyncAsync(string projectId, CancellationToken cancellationToken)
    {
        if (await Store.GetAsync<string>(CatchUpKey(projectId), cancellationToken) is { } taskId)
        {
            await Tools.Tasks.CancelTaskAsync(taskId, cancellationToken);
            await Store.ClearAsync(CatchUpKey(projectId), cancellationToken);
        }
        await Store.ClearAsync(BackfillKey(projectId), cancellationToken);
        await Store.ClearAsync(UpdatesKey(projectId), cancellationToken);
    }

    /// <summary>Upserts issues with all their comments (the search inlines the first page of them).</summary>
    private async Task SaveAsync(JiraClient client, JiraSite site, string projectId, IReadOnlyList<JiraIssue> issues, bool initialSync, CancellationToken cancellationToken)
    {
        foreach (var issue in issues)
        {
            var comments = await CommentsAsync(client, issue, cancellationToken);
            await Tools.Plot.CreateActivityAsync(IssueItem.From(issue, comments, site, projectId, initialSync), cancellationToken);
        }
    }

    private static async Task<IReadOnlyList<JiraComment>> CommentsAsync(JiraClient client, JiraIssue issue, CancellationToken cancellationToken)
    {
        var page = issue.Fields.Comment;
        if (page is null) return [];
        var comments = new List<JiraComment>(page.Comments);
        while (comments.Count < page.Total && page.Comments.Count > 0)
        {
            page = await client.GetCommentsAsync(issue.Id, comments.Count, cancellationToken);
            comments.AddRange(page.Comments);
        }
        return comments;
    }
}
