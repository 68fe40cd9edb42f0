using Twister.Hosting.Execution;
using Twister.Hosting.Plot;
using Twister.Samples.FakeJira.Model;
using Twister.Samples.Jira.Tests.Infrastructure;
using Twister.Testing;

namespace Twister.Samples.Jira.Tests.Webhooks;

/// <summary>Deliveries to a local webhook URL, which the connector does not register with Jira (it could not reach it).</summary>
public sealed class WebhookTests : JiraTestBase
{
    [Fact]
    public async Task A_local_webhook_url_is_created_per_project_but_not_registered_with_jira()
    {
        await SyncProjectAsync();

        var url = await WebhookUrlAsync();
        Assert.True(WebhookUrl.IsLocal(url));
        Assert.Empty(Jira.Data.Webhooks);
        Assert.Equal(nameof(JiraConnector.Callbacks.OnWebhook), Assert.Single(await Host.GetWebhooksAsync()).CallbackKey);
    }

    [Fact]
    public async Task An_issue_event_brings_the_issue_as_jira_has_it_now_and_leaves_unread_and_archived_alone()
    {
        await SyncProjectAsync();
        var issue = FirstIssue;
        var before = await ItemOfAsync(issue);
        await Host.Plot.SetActivityStateAsync(before.Id, unread: true, archived: true); // the user's choices

        Jira.Data.EditIssue(issue.Id, summary: "Renamed in Jira", description: AdfNode.Doc(AdfNode.Paragraph(AdfNode.Span("Now "), AdfNode.Span("urgent", "strong"))));
        var status = await DeliverAsync(await WebhookUrlAsync(), Jira.BuildIssueEvent(issue.Id));

        Assert.Equal(202, status);
        await Host.AssertNoFailedExecutionsAsync();
        var after = await ItemOfAsync(issue);
        Assert.Equal($"{issue.Key}: Renamed in Jira", after.Title);
        Assert.Equal("Now urgent", after.Preview);
        Assert.True(after.Unread);
        Assert.True(after.Archived);
        Assert.Equal("Now **urgent**", (await Host.AssertNoteAsync(after.Source!, "description")).Content);
        await Host.AssertActivityCountAsync(IssuesPerProject);
    }

    [Fact]
    public async Task A_late_delivery_of_an_older_event_cannot_bring_an_old_state_back()
    {
        await SyncProjectAsync();
        var issue = FirstIssue;
        Jira.Data.EditIssue(issue.Id, summary: "First edit");
        var olderEvent = Jira.BuildIssueEvent(issue.Id);
        Jira.Data.EditIssue(issue.Id, summary: "Second edit");

        await DeliverAsync(await WebhookUrlAsync(), Jira.BuildIssueEvent(issue.Id));
        await DeliverAsync(await WebhookUrlAsync(), olderEvent);

        Assert.Equal($"{issue.Key}: Second edit", (await ItemOfAsync(issue)).Title);
    }

    [Fact]
    public async Task A_comment_event_brings_the_comment_as_a_keyed_note_by_its_author()
    {
        await SyncProjectAsync();
        var issue = FirstIssue;
        var author = Jira.Data.Users[3];
        var comment = Jira.Data.AddComment(issue.Id, AdfNode.FromText("Seen in production.\n\nTwice."), author.AccountId)!;

        await DeliverAsync(await WebhookUrlAsync(), Jira.BuildCommentEvent(issue.Id, comment.Id));

        var note = await Host.AssertNoteAsync(SourceOf(issue), $"comment-{comment.Id}");
        Assert.Equal("Seen in production.\n\nTwice.", note.Content);
        Assert.Equal((author.EmailAddress, author.DisplayName), (note.AuthorContact?.Email, note.AuthorContact?.Name));
        Assert.Equal(comment.Created, note.Created);
    }

    [Theory]
    [InlineData("""{"webhookEvent":"jira:issue_updated","issue":{"key":"PLAT-1"}}""")]
    [InlineData("""{"webhookEvent":"jira:issue_updated","issue":{"id":"","key":"PLAT-1"}}""")]
    [InlineData("""{"webhookEvent":"project_created","project":{"id":"10000"}}""")]
    public async Task A_payload_without_an_issue_id_is_ignored_without_asking_jira(string payload)
    {
        await SyncProjectAsync();
        var requests = Jira.RequestCount;

        await DeliverAsync(await WebhookUrlAsync(), payload);

        await Host.AssertNoFailedExecutionsAsync();
        Assert.Equal(requests, Jira.RequestCount);
        Assert.DoesNotContain(await Host.GetTasksAsync(), t => t.Status == Twister.Hosting.Tasks.QueuedTaskStatus.Pending);
        await Host.AssertActivityCountAsync(IssuesPerProject);
    }

    [Fact]
    public async Task A_payload_that_is_not_a_jira_event_fails_once_with_the_json_error_and_is_not_retried()
    {
        await SyncProjectAsync();

        var delivery = await Host.DeliverWebhookAsync(await WebhookUrlAsync(), """{"webhookEvent":"jira:issue_updated","issue":{"id":42}}""");
        var record = Assert.Single(await Host.RunPendingTasksAsync());

        Assert.Equal(ExecutionStatus.Failed, record.Status);
        Assert.Contains("JsonException", record.Error, StringComparison.Ordinal);
        Assert.Equal(1, Assert.Single(await Host.GetTasksAsync(), t => t.Id == delivery.TaskId).Attempts);
    }

    [Fact]
    public async Task An_issue_deleted_in_jira_is_archived_in_plot()
    {
        await SyncProjectAsync();
        var issue = FirstIssue;
        var payload = Jira.BuildIssueEvent(issue.Id, "jira:issue_deleted");
        Jira.Data.DeleteIssue(issue.Id);

        await DeliverAsync(await WebhookUrlAsync(), payload);

        Assert.True((await ItemOfAsync(issue)).Archived);
        Assert.Single(await Host.Plot.GetActivitiesAsync(new ActivityQuery { Archived = true }));
    }

    [Fact]
    public async Task An_issue_moved_to_another_project_keeps_its_one_item_with_the_new_key_in_title_and_meta()
    {
        await SyncProjectAsync();
        await SyncProjectAsync(OtherProject);
        var issue = FirstIssue;
        var before = await ItemOfAsync(issue);

        var moved = Jira.Data.MoveIssue(issue.Id, OtherProject.Key)!;
        await DeliverAsync(await WebhookUrlAsync(OtherProject), Jira.BuildIssueEvent(moved.Id));

        var after = await ItemOfAsync(moved);
        Assert.Equal(before.Id, after.Id);
        Assert.Equal(before.Source, after.Source);
        Assert.StartsWith($"{OtherProject.Key}-", moved.Key, StringComparison.Ordinal);
        Assert.Equal($"{moved.Key}: {moved.Summary}", after.Title);
        Assert.Equal(moved.Key, after.Meta["issueKey"]);
        Assert.Equal(OtherProject.Id, after.Meta.ChannelId);
        Assert.EndsWith($"/browse/{moved.Key}", after.SourceUrl, StringComparison.Ordinal);
        await Host.AssertActivityCountAsync(2 * IssuesPerProject);
    }
}
