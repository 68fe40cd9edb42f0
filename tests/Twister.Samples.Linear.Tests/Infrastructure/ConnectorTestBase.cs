using Twister.Hosting.Plot;
using Twister.Samples.FakeLinear;
using Twister.Samples.FakeLinear.Data;
using Twister.Samples.FakeLinear.Model;
using Twister.Samples.Linear.Sync;
using Twister.Testing;

namespace Twister.Samples.Linear.Tests.Infrastructure;

/// <summary>
/// A fake Linear-like service on loopback (2 teams of <see cref="IssuesPerTeam"/> issues: two batches
/// each) and a test host running <see cref="IssueConnector"/> against it, both fresh for every test.
/// </summary>
public abstract class ConnectorTestBase : IAsyncLifetime
{
    /// <summary>More than one page of 50, so a sync takes two batches.</summary>
    protected const int IssuesPerTeam = 60;

    /// <summary>A budget well under the default, so a batch that grows expensive fails the tests.</summary>
    protected const int RequestBudget = 120;

    protected FakeLinearService Linear { get; } = new(FakeLinearData.Seed(teams: 2, issuesPerTeam: IssuesPerTeam));

    protected TwisterTestHost Host { get; private set; } = null!;

    /// <summary>The first team, the channel <see cref="TwisterTestHost.InstallAsync"/> enables.</summary>
    protected FakeTeam Team => Linear.Data.Teams[0];

    public async Task InitializeAsync()
    {
        await Linear.StartAsync();
        Host = TwisterTestHost.Create<IssueConnector>(
            o =>
            {
                o.MapOrigin("https://api.linear.app", Linear.BaseAddress);
                o.RequestBudget = RequestBudget;
            },
            developmentToken: Linear.Token);
    }

    public async Task DisposeAsync()
    {
        await Host.DisposeAsync();
        await Linear.DisposeAsync();
    }

    /// <summary>Installs, enables the first team and runs its initial sync to the end.</summary>
    protected async Task SyncFirstTeamAsync()
    {
        await Host.InstallAsync(Team.Id);
        await Host.RunUntilIdleAsync();
        await Host.AssertNoFailedExecutionsAsync();
    }

    /// <summary>The first issue of the first team, as the service holds it now.</summary>
    protected FakeIssue FirstIssue => Linear.Data.GetIssues(Team.Id, after: null, first: 1).Nodes[0];

    protected static string SourceOf(FakeIssue issue) => IssueActivity.SourceOf(issue.Id);

    protected Task<PlotActivity> ActivityOfAsync(FakeIssue issue) => Host.AssertActivityAsync(SourceOf(issue));

    /// <summary>The channel's webhook URL: the connector creates exactly one per enabled channel.</summary>
    protected async Task<string> WebhookUrlAsync() => Assert.Single(await Host.GetWebhooksAsync()).Url;
}
