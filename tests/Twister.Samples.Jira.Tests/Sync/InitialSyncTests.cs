using Twister.Hosting.Execution;
using Twister.Hosting.Plot;
using Twister.Samples.FakeJira.Data;
using Twister.Samples.Jira.Tests.Infrastructure;
using Twister.Testing;

namespace Twister.Samples.Jira.Tests.Sync;

public sealed class InitialSyncTests : JiraTestBase
{
    [Fact]
    public async Task Each_project_is_a_channel_whose_issue_link_type_has_the_projects_workflow_statuses()
    {
        var channels = await Host.Connector.InstallAsync();

        Assert.Equal(Jira.Data.Projects.Select(p => (p.Id, p.Name)), channels.Select(c => (c.Id, c.Title)));
        var issue = Assert.Single(channels[0].LinkTypes!);
        Assert.Equal("issue", issue.Type);
        Assert.Equal(FakeJiraData.Statuses.Select(s => (s.Id, s.Name)), issue.Statuses.Select(s => (s.Status, s.Label)));
        Assert.Equal("10000", issue.CreateDefault?.Status); // the first status of the "new" category
        Assert.True(issue.Statuses.Single(s => s.Status == "10002").Done);
        Assert.Equal(Tag.InProgress, issue.Statuses.Single(s => s.Status == "3").Tag);
        Assert.Empty(Host.Connector.Manifest.LinkTypes); // the link types are the channels' own
    }

    [Fact]
    public async Task The_backfill_creates_one_item_per_issue_keyed_by_its_immutable_id_with_the_key_in_title_and_meta()
    {
        await SyncProjectAsync();

        var items = await Host.AssertActivityCountAsync(IssuesPerProject);
        Assert.All(items, a =>
        {
            Assert.Equal("jira", a.Meta.SyncProvider);
            Assert.Equal(Project.Id, a.Meta.ChannelId);
            Assert.Equal($"jira:{Jira.Data.CloudId}:issue:{a.Meta.ExternalId}", a.Source);
            Assert.Equal("issue", a.LinkType);
            Assert.False(a.Unread);
            Assert.False(a.Archived);
        });
        var issue = FirstIssue;
        var item = await ItemOfAsync(issue);
        Assert.Equal($"{issue.Key}: {issue.Summary}", item.Title);
        Assert.Equal(issue.Key, item.Meta["issueKey"]);
        Assert.Equal(Project.Id, item.Meta["projectId"]);
        Assert.Equal(issue.StatusId, item.LinkStatus);
        Assert.Equal((issue.Created, issue.Updated), (item.Created, item.Updated));
        Assert.Equal($"https://fake-site.atlassian.net/browse/{issue.Key}", item.SourceUrl);
        var action = Assert.Single(item.Actions);
        Assert.Equal((ItemActionKind.External, "Open in Jira", item.SourceUrl), (action.Kind, action.Title, action.Url));
        Assert.Equal("Customers report this on every release. * Seen in build 100 * Affects web and mobile Workaround: restart the app.", item.Preview);
    }

    [Fact]
    public async Task Reporters_and_assignees_are_contacts_keyed_by_their_atlassian_account_with_email_and_avatar()
    {
        await SyncProjectAsync();

        var issue = FirstIssue;
        var item = await ItemOfAsync(issue);
        var reporter = Jira.Data.GetUser(issue.ReporterId)!;
        var assignee = Jira.Data.GetUser(issue.AssigneeId!)!;
        Assert.Equal($"src:atlassian:{reporter.AccountId}", item.Author?.Key);
        Assert.Equal((reporter.EmailAddress, reporter.DisplayName), (item.Author?.Email, item.Author?.Name));
        Assert.Equal($"https://avatar.example/{reporter.AccountId}/48.png", item.Author?.AvatarUrl);
        Assert.Equal(new ContactSource("atlassian", assignee.AccountId), item.Assignee?.Source);
        var unassigned = await ItemOfAsync(IssuesOf(Project)[2]); // every third issue has no assignee
        Assert.Null(unassigned.Assignee);
        var contacts = await Host.Plot.GetContactsAsync();
        Assert.Equal(Jira.Data.Users.Count, contacts.Count); // one contact per account, however often it appears
        var hidden = Assert.Single(contacts, c => c.Email is null); // a user whose privacy settings hide the email
        Assert.Equal("atlassian", hidden.Source?.Provider);
    }

    [Fact]
    public async Task The_description_is_jiras_rendered_html_converted_by_the_platform_and_comments_are_keyed_notes_by_their_authors()
    {
        await SyncProjectAsync();

        var issue = IssuesOf(Project)[3]; // three comments, a plain two-paragraph description
        var rich = FirstIssue; // bold text and a bullet list
        var description = await Host.AssertNoteAsync(SourceOf(rich), "description");
        Assert.Equal("Customers report this on **every** release.\n\n- Seen in build 100\n- Affects web and mobile\n\nWorkaround: *restart the app*.", description.Content);
        Assert.Equal(ContentType.Markdown, description.ContentType);
        Assert.Equal(rich.Created, description.Created);
        Assert.Equal($"src:atlassian:{rich.ReporterId}", description.Author.Id);
        var comments = Jira.Data.GetComments(issue.Id);
        Assert.Equal(3, comments.Count);
        foreach (var comment in comments)
        {
            var note = await Host.AssertNoteAsync(SourceOf(issue), $"comment-{comment.Id}");
            Assert.Equal(comment.Body.ToPlainText(), note.Content);
            Assert.Equal(ActorType.Contact, note.Author.Type);
            Assert.Equal($"src:atlassian:{comment.AuthorId}", note.AuthorContact?.Key);
            Assert.Equal(comment.Created, note.Created);
        }
    }

    [Fact]
    public async Task The_backfill_runs_one_page_per_batch_within_the_request_budget_and_ends()
    {
        await SyncProjectAsync();

        var batches = (await Host.GetExecutionsAsync()).Where(e => e.CallbackKey == nameof(JiraConnector.Callbacks.SyncBatch)).ToList();
        Assert.Equal(2, batches.Count); // 60 issues, 50 per page
        Assert.All(batches, b => Assert.Equal(ExecutionStatus.Succeeded, b.Status));
        await Host.AssertRequestsPerExecutionAtMostAsync(70);
        Assert.Null(await Host.GetStoredJsonAsync($"sync_state_{Project.Id}"));
        Assert.DoesNotContain(await Host.GetTasksAsync(), t => t.Status == Twister.Hosting.Tasks.QueuedTaskStatus.Pending);
    }

    [Fact]
    public async Task Enabling_again_resyncs_in_place_without_duplicates_and_replaces_the_webhook()
    {
        await SyncProjectAsync();
        var counts = await Host.Plot.CountAsync();

        await SyncProjectAsync();

        Assert.Equal(counts, await Host.Plot.CountAsync());
        Assert.Single(await Host.GetWebhooksAsync());
    }

    [Fact]
    public async Task The_history_window_limits_the_backfill_to_issues_created_since_its_start()
    {
        var issues = IssuesOf(Project);
        var since = issues[40].Created;
        await Host.Connector.InstallAsync();

        await Host.Connector.EnableChannelAsync(Project.Id, new SyncContext(HistoryMin: since));
        await RunAsync();

        var items = await Host.AssertActivityCountAsync(IssuesPerProject - 40);
        Assert.Equal(issues.Skip(40).Select(SourceOf).Order(), items.Select(i => i.Source).Order());
    }

    [Fact]
    public async Task A_window_the_channel_already_covers_starts_no_second_backfill_but_a_wider_one_does()
    {
        var issues = IssuesOf(Project);
        await Host.Connector.InstallAsync();
        await Host.Connector.EnableChannelAsync(Project.Id, new SyncContext(HistoryMin: issues[40].Created));
        await RunAsync();

        await Host.Connector.EnableChannelAsync(Project.Id, new SyncContext(HistoryMin: issues[50].Created));
        var narrower = await Host.RunPendingTasksAsync();
        await Host.Connector.EnableChannelAsync(Project.Id, new SyncContext(HistoryMin: issues[10].Created));
        await RunAsync();

        Assert.Empty(narrower);
        await Host.AssertActivityCountAsync(IssuesPerProject - 10);
    }

    [Fact]
    public async Task A_status_jira_has_but_the_channel_does_not_declare_fails_the_batch_with_a_clear_error_and_saves_nothing_of_it()
    {
        await Host.Connector.InstallAsync(); // lists the workflow as it is now
        var blocked = Jira.Data.AddStatus("Blocked", "indeterminate"); // an admin adds a status afterwards
        var issue = IssuesOf(Project)[55];
        Jira.Data.Transition(issue.Id, blocked.TransitionId);

        await Host.Connector.EnableChannelAsync(Project.Id);
        var records = await Host.RunPendingTasksAsync();

        var failed = Assert.Single(records, r => r.Status == ExecutionStatus.Failed);
        Assert.Equal(nameof(JiraConnector.Callbacks.SyncBatch), failed.CallbackKey);
        Assert.Contains("PlotValidationException", failed.Error, StringComparison.Ordinal);
        Assert.Contains(SourceOf(issue), failed.Error, StringComparison.Ordinal);
        Assert.Contains($"'{blocked.Id}' is not a status of link type 'issue'", failed.Error, StringComparison.Ordinal);
        Assert.Single(await Host.GetTasksAsync(), t => t.Status == Twister.Hosting.Tasks.QueuedTaskStatus.Failed); // not retried
        await Host.AssertActivityCountAsync(50); // the first page; nothing of the failed one

        await Host.Connector.InstallAsync(); // listing the channels again learns the new status
        await Host.Connector.EnableChannelAsync(Project.Id);
        await Host.RunPendingTasksAsync();

        Assert.Equal(blocked.Id, (await ItemOfAsync(issue)).LinkStatus);
        await Host.AssertActivityCountAsync(IssuesPerProject);
    }
}
