using Twister.Hosting.Plot;
using Twister.Samples.FakeJira;
using Twister.Samples.FakeJira.Data;
using Twister.Samples.Jira.Sync;
using Twister.Testing;
using FakeIssue = Twister.Samples.FakeJira.Model.JiraIssue;
using FakeProject = Twister.Samples.FakeJira.Model.JiraProject;

namespace Twister.Samples.Jira.Tests.Infrastructure;

/// <summary>
/// A fake Jira site on loopback (2 projects of <see cref="IssuesPerProject"/> issues: two batches each) and a
/// test host running <see cref="JiraConnector"/> against it, both fresh for every test. Webhook URLs are local
/// (so the connector registers nothing with Jira) unless a test class asks for public ones.
/// </summary>
public abstract class JiraTestBase : IAsyncLifetime
{
    /// <summary>More than one page of 50, so a backfill takes two batches.</summary>
    protected const int IssuesPerProject = 60;

    /// <summary>A budget well under the default, so a batch that grows expensive fails the tests.</summary>
    protected const int RequestBudget = 120;

    /// <summary>Where the host's webhook URLs are when a test class asks for public ones (as behind a tunnel).</summary>
    protected static readonly Uri PublicAddress = new("https://twister.example.com/");

    private readonly bool _publicWebhooks;

    protected JiraTestBase(bool publicWebhooks = false) => _publicWebhooks = publicWebhooks;

    protected FakeJiraService Jira { get; } = new(FakeJiraData.Seed(projects: 2, issuesPerProject: IssuesPerProject));

    protected TwisterTestHost Host { get; private set; } = null!;

    /// <summary>The first project, the channel most tests enable.</summary>
    protected FakeProject Project => Jira.Data.Projects[0];

    /// <summary>The second project.</summary>
    protected FakeProject OtherProject => Jira.Data.Projects[1];

    public async Task InitializeAsync()
    {
        await Jira.StartAsync();
        Host = TwisterTestHost.Create<JiraConnector>(
            o =>
            {
                o.MapOrigin("https://api.atlassian.com", Jira.BaseAddress);
                o.RequestBudget = RequestBudget;
                if (_publicWebhooks) o.WebhookBaseUrl = PublicAddress;
            },
            developmentToken: Jira.Token);
    }

    public async Task DisposeAsync()
    {
        await Host.DisposeAsync();
        await Jira.DisposeAsync();
    }

    /// <summary>Installs, enables the first project and runs its backfill and the incremental pass after it.</summary>
    protected async Task SyncProjectAsync(FakeProject? project = null)
    {
        project ??= Project;
        if ((await Host.Connector.GetChannelsAsync()).Count == 0) await Host.Connector.InstallAsync();
        await Host.Connector.EnableChannelAsync(project.Id);
        await RunAsync();
    }

    /// <summary>
    /// Runs what is due now and what the connector schedules a little later (its incremental pass), but not
    /// webhook renewals weeks ahead: with registered webhooks the queue is never idle.
    /// </summary>
    protected async Task RunAsync()
    {
        await Host.RunPendingTasksAsync();
        await Host.AdvanceAsync(JiraConnector.CatchUpDelay);
        await Host.AssertNoFailedExecutionsAsync();
    }

    /// <summary>The issues of a project as Jira holds them now, oldest first.</summary>
    protected IReadOnlyList<FakeIssue> IssuesOf(FakeProject project) => Jira.Data.Search(JqlQuery.Parse($"project = {project.Id} ORDER BY created ASC"));

    /// <summary>The first issue of the first project, as Jira holds it now.</summary>
    protected FakeIssue FirstIssue => IssuesOf(Project)[0];

    protected string SourceOf(FakeIssue issue) => IssueItem.SourceOf(Jira.Data.CloudId, issue.Id);

    protected Task<PlotActivity> ItemOfAsync(FakeIssue issue) => Host.AssertActivityAsync(SourceOf(issue));

    /// <summary>The host's webhook URL for a project (the connector creates one per enabled project).</summary>
    protected async Task<string> WebhookUrlAsync(FakeProject? project = null)
        => Assert.Single(await Host.GetWebhooksAsync(), w => w.ChannelId == (project ?? Project).Id).Url;

    /// <summary>Delivers a Jira payload and runs the delivery.</summary>
    protected async Task<int> DeliverAsync(string url, string payload)
    {
        var delivery = await Host.DeliverWebhookAsync(url, payload);
        await Host.RunPendingTasksAsync();
        return delivery.StatusCode;
    }
}
