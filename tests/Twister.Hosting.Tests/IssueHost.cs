using Twister.Hosting.Tests.TestConnectors;
using Twister.Samples.FakeLinear;
using Twister.Samples.FakeLinear.Data;
using Twister.Testing;

namespace Twister.Hosting.Tests;

/// <summary>A fake Linear service on loopback and an in-memory host running <see cref="IssueSyncConnector"/> against it.</summary>
internal sealed class IssueHost : IAsyncDisposable
{
    private IssueHost(FakeLinearService linear, TwisterTestHost host)
    {
        Linear = linear;
        Host = host;
    }

    public FakeLinearService Linear { get; }

    public TwisterTestHost Host { get; }

    public string TeamId => Linear.Data.Teams[0].Id;

    public static async Task<IssueHost> StartAsync(int issuesPerTeam = 12, int requestBudget = 1000)
    {
        // A token of its own: crash points are named by it, so tests running in parallel never trip each other's.
        var linear = new FakeLinearService(FakeLinearData.Seed(teams: 2, issuesPerTeam: issuesPerTeam), token: $"fake-linear-{Guid.NewGuid():N}");
        await linear.StartAsync();
        var host = TwisterTestHost.Create<IssueSyncConnector>(
            o =>
            {
                o.RequestBudget = requestBudget;
                o.MapOrigin(LinearApi.Origin, linear.BaseAddress);
            },
            developmentToken: linear.Token);
        return new IssueHost(linear, host);
    }

    /// <summary>Installs, enables the first team and runs the initial sync to the end.</summary>
    public async Task SyncFirstTeamAsync()
    {
        await Host.InstallAsync(TeamId);
        await Host.RunUntilIdleAsync();
    }

    public async ValueTask DisposeAsync()
    {
        await Host.DisposeAsync();
        await Linear.DisposeAsync();
    }
}
