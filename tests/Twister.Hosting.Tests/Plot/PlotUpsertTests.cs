using Twister.Hosting.Plot;
using Twister.Hosting.Tests.TestConnectors;
using Twister.Testing;

namespace Twister.Hosting.Tests.Plot;

public sealed class PlotUpsertTests
{
    [Fact]
    public async Task Initial_sync_creates_one_activity_per_issue_read_and_unarchived_with_markdown_notes()
    {
        await using var env = await IssueHost.StartAsync(issuesPerTeam: 12);

        await env.SyncFirstTeamAsync();

        var activities = await env.Host.AssertActivityCountAsync(12);
        Assert.All(activities, a => Assert.False(a.Unread));
        Assert.All(activities, a => Assert.False(a.Archived));
        Assert.All(activities, a => Assert.Equal(env.TeamId, a.Meta.ChannelId));
        var first = env.Linear.Data.GetIssues(env.TeamId, null, 1).Nodes[0];
        var description = await env.Host.AssertNoteAsync(IssueSyncConnector.SourceOf(first.Id), "description");
        Assert.Equal(ContentType.Markdown, description.ContentType);
        Assert.DoesNotContain("<", description.Content);
        Assert.Contains("**user", description.Content);
        await env.Host.AssertNoFailedExecutionsAsync();
    }

    [Fact]
    public async Task Syncing_the_same_items_again_updates_them_instead_of_duplicating()
    {
        await using var env = await IssueHost.StartAsync(issuesPerTeam: 7);
        await env.SyncFirstTeamAsync();
        var issue = env.Linear.Data.GetIssues(env.TeamId, null, 1).Nodes[0];
        env.Linear.Data.EditIssue(issue.Id, title: "Renamed");

        await env.Host.Connector.DisableChannelAsync(env.TeamId);
        await env.Host.Connector.EnableChannelAsync(env.TeamId);
        await env.Host.RunUntilIdleAsync();

        var activities = await env.Host.AssertActivityCountAsync(7);
        var (_, notes) = await env.Host.Plot.CountAsync();
        Assert.Equal(7, notes);
        Assert.EndsWith(": Renamed", (await env.Host.AssertActivityAsync(IssueSyncConnector.SourceOf(issue.Id))).Title);
        Assert.Equal(activities.Select(a => a.Id), (await env.Host.Plot.GetActivitiesAsync()).Select(a => a.Id));
    }

    [Fact]
    public async Task Incremental_update_keeps_the_users_read_and_archive_choices_while_a_new_item_arrives_unread()
    {
        await using var env = await IssueHost.StartAsync(issuesPerTeam: 3);
        await env.SyncFirstTeamAsync();
        var issue = env.Linear.Data.GetIssues(env.TeamId, null, 1).Nodes[0];
        var activity = await env.Host.AssertActivityAsync(IssueSyncConnector.SourceOf(issue.Id));
        await env.Host.Plot.SetActivityStateAsync(activity.Id, unread: true, archived: true);
        var created = env.Linear.Data.CreateIssue(env.TeamId, "Brand new", "made after the initial sync", null)!;
        var webhook = (await env.Host.GetWebhooksAsync()).Single();

        env.Linear.Data.EditIssue(issue.Id, title: "Edited");
        await env.Host.DeliverWebhookAsync(webhook.Url, env.Linear.BuildWebhookPayload(issue.Id));
        await env.Host.DeliverWebhookAsync(webhook.Url, env.Linear.BuildWebhookPayload(created.Id, "create"));
        await env.Host.RunPendingTasksAsync();

        var updated = await env.Host.AssertActivityAsync(IssueSyncConnector.SourceOf(issue.Id));
        Assert.EndsWith(": Edited", updated.Title);
        Assert.True(updated.Unread);
        Assert.True(updated.Archived);
        var fresh = await env.Host.AssertActivityAsync(IssueSyncConnector.SourceOf(created.Id));
        Assert.True(fresh.Unread);
        Assert.False(fresh.Archived);
    }

    [Fact]
    public async Task Disabling_a_channel_runs_the_hook_then_archives_only_that_channels_activities()
    {
        await using var env = await IssueHost.StartAsync(issuesPerTeam: 4);
        var other = env.Linear.Data.Teams[1].Id;
        await env.SyncFirstTeamAsync();
        await env.Host.Connector.EnableChannelAsync(other);
        await env.Host.RunUntilIdleAsync();

        var archived = await env.Host.Connector.DisableChannelAsync(env.TeamId);

        Assert.Equal(4, archived);
        Assert.All(await env.Host.Plot.GetActivitiesAsync(new ActivityQuery { ChannelId = env.TeamId }), a => Assert.True(a.Archived));
        Assert.All(await env.Host.Plot.GetActivitiesAsync(new ActivityQuery { ChannelId = other }), a => Assert.False(a.Archived));
        Assert.Single(await env.Host.GetWebhooksAsync());
        Assert.False((await env.Host.Connector.GetChannelsAsync()).Single(c => c.Id == env.TeamId).Enabled);
    }
}
