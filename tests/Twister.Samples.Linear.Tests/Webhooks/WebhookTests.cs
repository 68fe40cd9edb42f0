using System.Net;
using Twister.Hosting.Execution;
using Twister.Samples.Linear.Tests.Infrastructure;
using Twister.Testing;

namespace Twister.Samples.Linear.Tests.Webhooks;

public sealed class WebhookTests : ConnectorTestBase
{
    [Fact]
    public async Task A_webhook_for_an_edited_issue_updates_title_and_description_without_touching_unread_or_archived()
    {
        await SyncFirstTeamAsync();
        var issue = FirstIssue;
        var before = await ActivityOfAsync(issue);
        await Host.Plot.SetActivityStateAsync(before.Id, unread: true, archived: true); // the user's choices

        Linear.Data.EditIssue(issue.Id, title: "Renamed in Linear", descriptionHtml: "<p>New <strong>text</strong></p>");
        var delivery = await Host.DeliverWebhookAsync(await WebhookUrlAsync(), Linear.BuildWebhookPayload(issue.Id));
        await Host.RunPendingTasksAsync();

        Assert.Equal(HttpStatusCode.Accepted, (HttpStatusCode)delivery.StatusCode);
        await Host.AssertNoFailedExecutionsAsync();
        var after = await ActivityOfAsync(issue);
        Assert.Equal($"{issue.Identifier}: Renamed in Linear", after.Title);
        Assert.True(after.Unread);
        Assert.True(after.Archived);
        var description = await Host.AssertNoteAsync(after.Source!, "description");
        Assert.Equal("New **text**", description.Content);
        await Host.AssertActivityCountAsync(IssuesPerTeam);
    }

    [Fact]
    public async Task A_webhook_payload_of_another_type_is_ignored()
    {
        await SyncFirstTeamAsync();
        var issue = FirstIssue;
        var before = await ActivityOfAsync(issue);
        var description = await Host.AssertNoteAsync(before.Source!, "description");
        var payload = $$$"""{"type":"Comment","action":"create","data":{"id":"c-1","issueId":"{{{issue.Id}}}","body":"hi","createdAt":"2025-01-01T00:00:00Z"}}""";

        await Host.DeliverWebhookAsync(await WebhookUrlAsync(), payload);
        var records = await Host.RunPendingTasksAsync();

        var record = Assert.Single(records);
        Assert.Equal(ExecutionKind.Webhook, record.Kind);
        Assert.Equal(ExecutionStatus.Succeeded, record.Status);
        var after = await ActivityOfAsync(issue);
        Assert.Equal((before.Title, before.Unread, before.Archived), (after.Title, after.Unread, after.Archived));
        Assert.Equal(description.Content, (await Host.AssertNoteAsync(before.Source!, "description")).Content);
        await Host.AssertActivityCountAsync(IssuesPerTeam);
    }

    [Theory]
    [InlineData("""{"type":"Issue","action":"update","data":{"title":"no id"}}""")]
    [InlineData("""{"type":"Issue","action":"update","data":{"id":"","title":"empty id"}}""")]
    public async Task An_issue_payload_without_an_id_is_ignored(string payload)
    {
        await SyncFirstTeamAsync();

        await Host.DeliverWebhookAsync(await WebhookUrlAsync(), payload);
        var record = Assert.Single(await Host.RunPendingTasksAsync());

        Assert.Equal(ExecutionStatus.Succeeded, record.Status);
        var activities = await Host.AssertActivityCountAsync(IssuesPerTeam);
        Assert.All(activities, a => Assert.StartsWith("linear:issue:", a.Source, StringComparison.Ordinal));
        Assert.DoesNotContain(activities, a => a.Source == "linear:issue:");
    }

    [Theory]
    [InlineData("application/json", """{"type":"Issue","data":{"id":42}}""")]
    [InlineData("text/plain", "not json at all")]
    public async Task A_payload_the_connector_cannot_read_fails_once_and_is_not_retried(string contentType, string payload)
    {
        await SyncFirstTeamAsync();

        var delivery = await Host.DeliverWebhookAsync(await WebhookUrlAsync(), payload, contentType);
        var records = await Host.RunUntilIdleAsync();

        var record = Assert.Single(records);
        Assert.Equal(ExecutionStatus.Failed, record.Status);
        Assert.Contains("JsonException", record.Error);
        var task = Assert.Single(await Host.GetTasksAsync(), t => t.Id == delivery.TaskId);
        Assert.Equal(Twister.Hosting.Tasks.QueuedTaskStatus.Failed, task.Status);
        Assert.Equal(1, task.Attempts);
    }

    [Fact]
    public async Task A_disabled_channel_no_longer_accepts_webhooks()
    {
        await SyncFirstTeamAsync();
        var url = await WebhookUrlAsync();

        await Host.Connector.DisableChannelAsync(Team.Id);
        var delivery = await Host.DeliverWebhookAsync(url, Linear.BuildWebhookPayload(FirstIssue.Id));

        Assert.Equal(HttpStatusCode.NotFound, (HttpStatusCode)delivery.StatusCode);
        Assert.Empty(await Host.GetWebhooksAsync());
    }
}
