using Twister.Hosting.Execution;
using Twister.Hosting.Plot;
using Twister.Samples.Linear.Tests.Infrastructure;
using Twister.Testing;

namespace Twister.Samples.Linear.Tests.Sync;

public sealed class InitialSyncTests : ConnectorTestBase
{
    [Fact]
    public async Task Initial_sync_creates_one_activity_per_issue_of_the_team_with_source_meta_and_notes()
    {
        await SyncFirstTeamAsync();

        var activities = await Host.AssertActivityCountAsync(IssuesPerTeam);
        Assert.All(activities, a =>
        {
            Assert.Equal("linear", a.Connector);
            Assert.Equal("linear", a.Meta.SyncProvider);
            Assert.Equal(Team.Id, a.Meta.ChannelId);
            Assert.Equal($"linear:issue:{a.Meta.ExternalId}", a.Source);
            Assert.False(a.Unread);
            Assert.False(a.Archived);
        });
        var issue = FirstIssue;
        var activity = await ActivityOfAsync(issue);
        Assert.Equal($"{issue.Identifier}: {issue.Title}", activity.Title);
        var description = await Host.AssertNoteAsync(activity.Source!, "description");
        Assert.Equal(ActorType.Twist, description.Author.Type);
        Assert.DoesNotContain("<p>", description.Content, StringComparison.Ordinal); // converted on ingest
        Assert.Equal(issue.Url, Assert.Single(description.Links).Url);
    }

    [Fact]
    public async Task The_sync_runs_in_batches_of_one_page_each_within_the_request_budget()
    {
        await SyncFirstTeamAsync();

        var batches = (await Host.GetExecutionsAsync()).Where(e => e.CallbackKey == nameof(IssueConnector.Callbacks.SyncBatch)).ToList();
        Assert.Equal(2, batches.Count); // 60 issues, 50 per page
        Assert.All(batches, b => Assert.Equal(ExecutionStatus.Succeeded, b.Status));
        // One page request, its upserts and a few store and task operations: far under the budget.
        await Host.AssertRequestsPerExecutionAtMostAsync(60);
        Assert.Null(await Host.GetStoredJsonAsync($"sync_state_{Team.Id}")); // cleared after the last page
    }

    [Fact]
    public async Task A_second_sync_updates_in_place_without_duplicates_and_keeps_the_users_choices()
    {
        await SyncFirstTeamAsync();
        var (activities, notes) = await Host.Plot.CountAsync();

        await Host.Connector.EnableChannelAsync(Team.Id); // enabling again resyncs the channel
        await Host.RunUntilIdleAsync();

        await Host.AssertNoFailedExecutionsAsync();
        Assert.Equal((activities, notes), await Host.Plot.CountAsync());
        Assert.Single(await Host.GetWebhooksAsync()); // the webhook was replaced, not added
    }

    [Fact]
    public async Task Comments_of_an_issue_arrive_as_keyed_notes()
    {
        var comment = Linear.Data.AddComment(FirstIssue.Id, "Seen in production too.")!;

        await SyncFirstTeamAsync();

        var note = await Host.AssertNoteAsync(SourceOf(FirstIssue), $"comment-{comment.Id}");
        Assert.Equal("Seen in production too.", note.Content);
        Assert.Equal(ActorType.Twist, note.Author.Type);
    }
}
