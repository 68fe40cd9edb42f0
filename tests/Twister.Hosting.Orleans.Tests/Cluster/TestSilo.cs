using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Orleans.Configuration;
using Orleans.Hosting;
using Orleans.TestingHost;
using Twister.Hosting.Orleans.Tests.Connectors;
using Twister.Samples.Linear;

namespace Twister.Hosting.Orleans.Tests.Cluster;

/// <summary>
/// Configures every silo of a test cluster as an app would: <c>AddTwister</c> on the test's database with the
/// connector the test names, the webhook endpoint mapped on the silo's own Kestrel listener, and failure
/// detection tuned for tests (seconds, not the production default of about half a minute).
/// </summary>
public sealed class TestSilo : ISiloConfigurator, IHostConfigurator
{
    public void Configure(ISiloBuilder siloBuilder)
    {
        var settings = siloBuilder.Configuration;
        var run = SiloFaults.Of(settings["Orleans:ClusterId"]!);
        var silo = settings["Orleans:Name"]!;
        var twister = siloBuilder.AddTwister(settings[TestClusterSettings.ConnectionString]!, o =>
        {
            o.TaskLeaseDuration = TimeSpan.FromSeconds(2);
            o.TaskPollInterval = TimeSpan.FromMilliseconds(200);
            o.TaskRetryDelay = TimeSpan.FromMilliseconds(100);
            if (settings[TestClusterSettings.PollInterval] is { } poll)
            {
                o.TaskPollInterval = TimeSpan.Parse(poll, System.Globalization.CultureInfo.InvariantCulture);
                o.Health.WorkerStalledAfter = o.TaskPollInterval * 2; // the options check wants it longer than one poll
            }
            if (settings[TestClusterSettings.LinearAddress] is { } linear) o.MapOrigin("https://api.linear.app", new Uri(linear));
            var storage = o.Storage!;
            o.Storage = sp => new SeverableStorage(storage(sp), run, silo);
        });
        switch (settings[TestClusterSettings.Connector])
        {
            case VersionedConnectorV1.Name + "@1":
                twister.AddConnector<VersionedConnectorV1>(c => c.DevelopmentToken = "token");
                break;
            case VersionedConnectorV2.Name + "@2":
                twister.AddConnector<VersionedConnectorV2>(c => c.DevelopmentToken = "token");
                break;
            default:
                twister.AddConnector<IssueConnector>(c => c.DevelopmentToken = settings[TestClusterSettings.LinearToken]);
                break;
        }
        siloBuilder.Configure<ClusterMembershipOptions>(o =>
        {
            o.ProbeTimeout = TimeSpan.FromMilliseconds(500);
            o.NumMissedProbesLimit = 2;
            o.NumVotesForDeathDeclaration = 1;
            o.TableRefreshTimeout = TimeSpan.FromSeconds(1);
        });
    }

    public void Configure(IHostBuilder hostBuilder)
        => hostBuilder.ConfigureWebHost(web => web
            .UseKestrel(k => k.Listen(IPAddress.Loopback, 0))
            .ConfigureServices(services => services.AddRouting())
            .Configure(app => app.UseRouting().UseEndpoints(endpoints => endpoints.MapTwisterWebhooks())));
}

/// <summary>The test cluster's client finds the silos through the same membership.</summary>
public sealed class TestClient : IClientBuilderConfigurator
{
    public void Configure(IConfiguration configuration, IClientBuilder clientBuilder)
        => clientBuilder.UseTwisterClustering(configuration[TestClusterSettings.ConnectionString]!);
}

/// <summary>The configuration keys a test passes to its silos.</summary>
internal static class TestClusterSettings
{
    public const string ConnectionString = "TwisterTest:ConnectionString";
    public const string Connector = "TwisterTest:Connector";
    public const string LinearAddress = "TwisterTest:LinearAddress";
    public const string LinearToken = "TwisterTest:LinearToken";
    public const string PollInterval = "TwisterTest:PollInterval";
}
