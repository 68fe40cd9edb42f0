using Twister.Hosting.Tasks;
using Twister.Samples.FakeJira.Data;
using Twister.Samples.Jira.Tests.Infrastructure;
using Twister.Testing;

namespace Twister.Samples.Jira.Tests.Webhooks;

/// <summary>A host reachable from outside: the connector registers each project's webhook with Jira, with a secret.</summary>
public sealed class RegisteredWebhookTests() : JiraTestBase(publicWebhooks: true)
{
    [Fact]
    public async Task Each_project_registers_a_webhook_for_its_issues_with_a_secret_in_the_url()
    {
        await SyncProjectAsync();

        var registered = Assert.Single(Jira.Data.Webhooks);
        var hostUrl = await WebhookUrlAsync();
        Assert.StartsWith(PublicAddress.AbsoluteUri, hostUrl, StringComparison.Ordinal);
        Assert.StartsWith(hostUrl + "?secret=", registered.Url, StringComparison.Ordinal);
        Assert.Equal(64, registered.Url.Length - (hostUrl + "?secret=").Length);
        Assert.Equal($"project = {Project.Id}", registered.JqlFilter);
        Assert.Equal(JiraConnector.WebhookEvents, registered.Events);
    }

    [Fact]
    public async Task A_delivery_to_the_registered_url_is_applied()
    {
        await SyncProjectAsync();
        var issue = FirstIssue;
        Jira.Data.EditIssue(issue.Id, summary: "Delivered by Jira");

        var status = await DeliverAsync(Assert.Single(Jira.Data.Webhooks).Url, Jira.BuildIssueEvent(issue.Id));

        Assert.Equal(202, status);
        Assert.Equal($"{issue.Key}: Delivered by Jira", (await ItemOfAsync(issue)).Title);
    }

    [Theory]
    [InlineData("")]
    [InlineData("?secret=")]
    [InlineData("?secret=0000000000000000000000000000000000000000000000000000000000000000")]
    [InlineData("?secret=short")]
    public async Task A_delivery_without_the_secret_is_refused_without_asking_jira(string query)
    {
        await SyncProjectAsync();
        var issue = FirstIssue;
        Jira.Data.EditIssue(issue.Id, summary: "Forged");
        var requests = Jira.RequestCount;

        await DeliverAsync(await WebhookUrlAsync() + query, Jira.BuildIssueEvent(issue.Id));

        await Host.AssertNoFailedExecutionsAsync();
        Assert.Equal(requests, Jira.RequestCount);
        Assert.NotEqual($"{issue.Key}: Forged", (await ItemOfAsync(issue)).Title);
        Assert.DoesNotContain(await Host.GetTasksAsync(), t => t.Status == QueuedTaskStatus.Pending && t.CallbackKey == nameof(JiraConnector.Callbacks.SyncUpdates));
    }

    [Fact]
    public async Task The_registration_is_refreshed_before_jira_drops_it()
    {
        await SyncProjectAsync();
        var before = Assert.Single(Jira.Data.Webhooks);
        Jira.Data.AdvanceClock(TimeSpan.FromDays(25));

        var records = await Host.AdvanceAsync(JiraConnector.WebhookRenewal);

        Assert.Equal(nameof(JiraConnector.Callbacks.RenewWebhook), Assert.Single(records).CallbackKey);
        var after = Assert.Single(Jira.Data.Webhooks);
        Assert.Equal(before.Id, after.Id);
        Assert.Equal(before.Expiration + TimeSpan.FromDays(25), after.Expiration);
        Assert.Single(await Host.GetTasksAsync(), t => t.Status == QueuedTaskStatus.Pending && t.CallbackKey == nameof(JiraConnector.Callbacks.RenewWebhook));
    }

    [Fact]
    public async Task A_registration_jira_dropped_is_registered_again_and_an_incremental_pass_reads_what_it_missed()
    {
        await SyncProjectAsync();
        var before = Assert.Single(Jira.Data.Webhooks);
        Jira.Data.AdvanceClock(FakeJiraData.WebhookLifetime + TimeSpan.FromDays(1)); // it expired
        var missed = FirstIssue;
        Jira.Data.EditIssue(missed.Id, summary: "Changed while no webhook was live");

        await Host.AdvanceAsync(JiraConnector.WebhookRenewal);
        await Host.AdvanceAsync(JiraConnector.CatchUpDelay);

        var after = Assert.Single(Jira.Data.Webhooks);
        Assert.NotEqual(before.Id, after.Id);
        Assert.Equal(before.Url, after.Url); // the same URL and secret
        Assert.Equal($"{missed.Key}: Changed while no webhook was live", (await ItemOfAsync(missed)).Title);
        await Host.AssertNoFailedExecutionsAsync();
    }

    [Fact]
    public async Task Disabling_deletes_the_registration_its_refresh_and_the_url()
    {
        await SyncProjectAsync();
        await SyncProjectAsync(OtherProject);
        var url = await WebhookUrlAsync();

        await Host.Connector.DisableChannelAsync(Project.Id);

        var left = Assert.Single(Jira.Data.Webhooks);
        Assert.Equal($"project = {OtherProject.Id}", left.JqlFilter);
        Assert.Equal(404, (await Host.DeliverWebhookAsync(url, Jira.BuildIssueEvent(FirstIssue.Id))).StatusCode);
        Assert.Single(await Host.GetTasksAsync(), t => t.Status == QueuedTaskStatus.Pending && t.CallbackKey == nameof(JiraConnector.Callbacks.RenewWebhook));
    }
}
