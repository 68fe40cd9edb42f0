using Twister.Hosting.Execution;
using Twister.Hosting.Orleans.Connectors;
using Twister.Hosting.PostgreSql.Tests;
using Twister.Hosting.Tasks;
using Twister.Samples.FakeLinear;
using Twister.Samples.FakeLinear.Data;
using Twister.Samples.FakeLinear.Model;
using Twister.Samples.Linear;
using Twister.Samples.Linear.Sync;

namespace Twister.Hosting.Orleans.Tests.Cluster;

/// <summary>The demo's connector on a test cluster of its own database, against a fake Linear-like service.</summary>
internal sealed class LinearCluster : IAsyncDisposable
{
    private readonly string _connectionString;

    private LinearCluster(string connectionString, FakeLinearService linear, TwisterTestCluster cluster)
    {
        _connectionString = connectionString;
        Linear = linear;
        Cluster = cluster;
    }

    public FakeLinearService Linear { get; }

    public TwisterTestCluster Cluster { get; }

    public ClusterConnector Connector => Cluster.Twister.Connector<IssueConnector>();

    public static async Task<LinearCluster> StartAsync(int silos, int teams, int issuesPerTeam)
    {
        var connectionString = await PostgreSqlServer.CreateDatabaseAsync();
        var linear = new FakeLinearService(FakeLinearData.Seed(teams, issuesPerTeam), token: $"fake-linear-{Guid.NewGuid():N}");
        await linear.StartAsync();
        var cluster = await TwisterTestCluster.StartAsync(silos, connectionString, new Dictionary<string, string?>
        {
            [TestClusterSettings.LinearAddress] = linear.BaseAddress.AbsoluteUri,
            [TestClusterSettings.LinearToken] = linear.Token,
        });
        var started = new LinearCluster(connectionString, linear, cluster);
        await started.Connector.InstallAsync();
        return started;
    }

    /// <summary>Every issue of <paramref name="teamId"/> in the fake service, in its order.</summary>
    public IReadOnlyList<FakeIssue> IssuesOf(string teamId)
    {
        var issues = new List<FakeIssue>();
        string? after = null;
        IssuePage page;
        do
        {
            page = Linear.Data.GetIssues(teamId, after, first: 100);
            issues.AddRange(page.Nodes);
            after = page.PageInfo.EndCursor;
        }
        while (page.PageInfo.HasNextPage);
        return issues;
    }

    /// <summary>Asserts that Plot holds each issue of the team exactly once, with its current title and one description note.</summary>
    public async Task AssertSyncedAsync(string teamId)
    {
        var activities = await Cluster.Twister.Plot.GetActivitiesAsync(new() { ChannelId = teamId });
        var issues = IssuesOf(teamId);
        Assert.Equal(issues.Count, activities.Count);
        var bySource = activities.ToDictionary(a => a.Source!, StringComparer.Ordinal);
        foreach (var issue in issues)
        {
            var activity = bySource[IssueActivity.SourceOf(issue.Id)];
            Assert.Equal($"{issue.Identifier}: {issue.Title}", activity.Title);
            Assert.Single(await Cluster.Twister.Plot.GetNotesAsync(activity.Id));
        }
    }

    /// <summary>Asserts that each channel's executions ran one at a time: each started after the previous one ended.</summary>
    public async Task AssertEachChannelRanInOrderAsync()
    {
        foreach (var channel in (await Cluster.Twister.GetExecutionsAsync()).GroupBy(e => e.ChannelId))
        {
            var executions = channel.OrderBy(e => e.StartedAt).ToList();
            for (var i = 1; i < executions.Count; i++)
                Assert.True(executions[i].StartedAt >= executions[i - 1].FinishedAt, $"Channel '{channel.Key}': {executions[i].Id} started before {executions[i - 1].Id} ended.");
        }
    }

    /// <summary>Asserts that every task ran to its end and none failed or waits.</summary>
    public async Task AssertAllTasksDoneAsync()
    {
        var tasks = await Cluster.Twister.GetTasksAsync();
        Assert.NotEmpty(tasks);
        Assert.All(tasks, t => Assert.Equal(QueuedTaskStatus.Done, t.Status));
        Assert.DoesNotContain(await Cluster.Twister.GetExecutionsAsync(), e => e.Status == ExecutionStatus.Failed);
    }

    public async ValueTask DisposeAsync()
    {
        await Cluster.DisposeAsync();
        await Linear.DisposeAsync();
        await PostgreSqlServer.DropDatabaseAsync(_connectionString);
    }
}
