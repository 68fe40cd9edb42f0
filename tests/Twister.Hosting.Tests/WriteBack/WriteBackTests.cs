using Twister.Hosting.Execution;
using Twister.Hosting.Plot;
using Twister.Hosting.Tests.TestConnectors;
using Twister.Testing;

namespace Twister.Hosting.Tests.WriteBack;

public sealed class WriteBackTests
{
    [Fact]
    public async Task A_users_note_is_written_back_keyed_and_baselined_and_an_unchanged_sync_in_keeps_plots_copy()
    {
        await using var env = await IssueHost.StartAsync(issuesPerTeam: 2);
        await env.SyncFirstTeamAsync();
        var issue = env.Linear.Data.GetIssues(env.TeamId, null, 1).Nodes[0];
        var activity = await env.Host.AssertActivityAsync(IssueSyncConnector.SourceOf(issue.Id));

        var note = await env.Host.Plot.AddNoteAsync(activity.Id, "Looks good to me");

        var comment = Assert.Single(env.Linear.Data.GetComments(issue.Id));
        Assert.Equal("Looks good to me", comment.Body);
        Assert.Equal($"comment-{comment.Id}", note.Key);
        Assert.NotNull(note.BaselineHash);

        await DeliverIssueWebhookAsync(env, issue.Id);

        var notes = await env.Host.Plot.GetNotesAsync(activity.Id);
        Assert.Equal(2, notes.Count);
        var kept = Assert.Single(notes, n => n.Key == note.Key);
        Assert.Equal(PlotWorkspace.LocalUser, kept.Author);
        Assert.Equal(ContentType.Markdown, kept.ContentType);
        Assert.Equal(note.BaselineHash, kept.BaselineHash);
    }

    [Fact]
    public async Task A_sync_in_whose_content_differs_from_the_baseline_overwrites_plots_copy()
    {
        await using var env = await IssueHost.StartAsync(issuesPerTeam: 2);
        await env.SyncFirstTeamAsync();
        var issue = env.Linear.Data.GetIssues(env.TeamId, null, 1).Nodes[0];
        var activity = await env.Host.AssertActivityAsync(IssueSyncConnector.SourceOf(issue.Id));
        var note = await env.Host.Plot.AddNoteAsync(activity.Id, "First draft");
        var comment = Assert.Single(env.Linear.Data.GetComments(issue.Id));

        env.Linear.Data.EditComment(comment.Id, "Edited in Linear");
        await DeliverIssueWebhookAsync(env, issue.Id);

        var overwritten = await env.Host.AssertNoteAsync(activity.Source!, note.Key!);
        Assert.Equal(note.Id, overwritten.Id);
        Assert.Equal("Edited in Linear", overwritten.Content);
        Assert.Equal(ActorType.Contact, overwritten.Author.Type);
        Assert.Null(overwritten.BaselineHash);
        Assert.Equal(2, (await env.Host.Plot.GetNotesAsync(activity.Id)).Count);
    }

    [Fact]
    public async Task Notes_authored_by_a_twist_are_never_written_back()
    {
        await using var env = await IssueHost.StartAsync(issuesPerTeam: 1);
        await env.SyncFirstTeamAsync();
        var issue = env.Linear.Data.GetIssues(env.TeamId, null, 1).Nodes[0];
        var activity = await env.Host.AssertActivityAsync(IssueSyncConnector.SourceOf(issue.Id));
        var executions = (await env.Host.GetExecutionsAsync()).Count;

        var note = await env.Host.Plot.AddNoteAsync(activity.Id, "from a twist", new Actor("some-twist", ActorType.Twist));

        Assert.Empty(env.Linear.Data.GetComments(issue.Id));
        Assert.Null(note.BaselineHash);
        Assert.Equal(executions, (await env.Host.GetExecutionsAsync()).Count);
    }

    [Fact]
    public async Task Create_link_upserts_the_returned_link_with_channel_and_type_from_the_draft()
    {
        await using var env = await IssueHost.StartAsync(issuesPerTeam: 1);
        await env.Host.Connector.InstallAsync();

        var linked = await env.Host.Connector.CreateLinkAsync(new CreateLinkDraft(env.TeamId, "issue", "unstarted", "From Plot", "Body text", []));

        Assert.NotNull(linked);
        Assert.Equal(env.TeamId, linked.Meta.ChannelId);
        Assert.Equal("issue", linked.LinkType);
        Assert.Equal("unstarted", linked.LinkStatus);
        Assert.Equal(3, env.Linear.Data.IssueCount);
        Assert.StartsWith("https://linear.app/fake/issue/", linked.SourceUrl);
    }

    [Fact]
    public async Task Create_link_that_returns_null_links_nothing_and_types_without_a_create_default_are_refused()
    {
        await using var env = await IssueHost.StartAsync(issuesPerTeam: 1);
        await env.Host.Connector.InstallAsync();

        var aborted = await env.Host.Connector.CreateLinkAsync(new CreateLinkDraft(env.TeamId, "issue", "unstarted", " ", null, []));

        Assert.Null(aborted);
        await env.Host.AssertActivityCountAsync(0);
        await Assert.ThrowsAsync<InvalidOperationException>(() => env.Host.Connector.CreateLinkAsync(new CreateLinkDraft(env.TeamId, "epic", "open", "x", null, [])));
        Assert.DoesNotContain(await env.Host.GetExecutionsAsync(), e => e.Status == ExecutionStatus.Failed);
    }

    private static async Task DeliverIssueWebhookAsync(IssueHost env, string issueId)
    {
        var webhook = (await env.Host.GetWebhooksAsync()).Single();
        var delivery = await env.Host.DeliverWebhookAsync(webhook.Url, env.Linear.BuildWebhookPayload(issueId));
        Assert.True(delivery.IsAccepted);
        await env.Host.RunPendingTasksAsync();
        await env.Host.AssertNoFailedExecutionsAsync();
    }
}
