using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Orleans.TestingHost;
using Twister.Hosting.Tasks;

namespace Twister.Hosting.Orleans.Tests.Cluster;

/// <summary>An Orleans in-process test cluster whose silos run Twister on one PostgreSQL database.</summary>
internal sealed class TwisterTestCluster : IAsyncDisposable
{
    private TwisterTestCluster(TestCluster cluster)
    {
        Cluster = cluster;
        Faults = SiloFaults.Of(cluster.Options.ClusterId);
    }

    public TestCluster Cluster { get; }

    public SiloFaults Faults { get; }

    /// <summary>The silos still running.</summary>
    public IReadOnlyList<InProcessSiloHandle> Silos => [.. Cluster.Silos.Cast<InProcessSiloHandle>().Where(s => s.IsActive)];

    /// <summary>The front door, from the first running silo.</summary>
    public TwisterCluster Twister => Silos[0].ServiceProvider.GetRequiredService<TwisterCluster>();

    /// <summary>Starts <paramref name="silos"/> silos on <paramref name="connectionString"/>'s database.</summary>
    public static async Task<TwisterTestCluster> StartAsync(int silos, string connectionString, IDictionary<string, string?>? settings = null)
    {
        var builder = new TestClusterBuilder((short)silos);
        builder.Options.UseTestClusterMembership = false;
        builder.Options.ConfigureFileLogging = false; // Orleans writes a log file per silo into the test folder otherwise
        builder.ConfigureHostConfiguration(configuration => configuration.AddInMemoryCollection(
            new Dictionary<string, string?>(settings ?? new Dictionary<string, string?>()) { [TestClusterSettings.ConnectionString] = connectionString }));
        builder.AddSiloBuilderConfigurator<TestSilo>();
        builder.AddClientBuilderConfigurator<TestClient>();
        var cluster = builder.Build();
        await cluster.DeployAsync();
        return new TwisterTestCluster(cluster);
    }

    /// <summary>Where <paramref name="silo"/>'s app listens (its webhook endpoint).</summary>
    public static Uri AddressOf(InProcessSiloHandle silo)
        => new(silo.ServiceProvider.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());

    /// <summary>Waits until no task is pending (a generous deadline against a hang, not a timing assertion).</summary>
    public async Task WaitUntilIdleAsync(TimeSpan? within = null)
    {
        var deadline = DateTime.UtcNow + (within ?? TimeSpan.FromSeconds(60));
        while ((await Twister.GetTasksAsync()).Any(t => t.Status == QueuedTaskStatus.Pending))
        {
            Assert.True(DateTime.UtcNow < deadline, "Timed out waiting for the queue to drain.");
            await Task.Delay(50);
        }
    }

    /// <summary>Waits until <paramref name="condition"/> holds (a generous deadline against a hang).</summary>
    public static async Task WaitForAsync(Func<Task<bool>> condition, string what)
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (!await condition())
        {
            Assert.True(DateTime.UtcNow < deadline, $"Timed out waiting for {what}.");
            await Task.Delay(50);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await Cluster.StopAllSilosAsync();
        await Cluster.DisposeAsync();
    }
}
