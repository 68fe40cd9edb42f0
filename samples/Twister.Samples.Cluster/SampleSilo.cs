using System.Net;
using System.Net.Sockets;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Orleans.Configuration;
using Orleans.Hosting;
using Twister.Hosting.Orleans;
using Twister.Hosting.Orleans.Configuration;
using Twister.Samples.Linear;

namespace Twister.Samples.Cluster;

/// <summary>
/// One silo as an app would run it: an ASP.NET Core app that is an Orleans silo with Twister (on the cluster's
/// PostgreSQL database, membership included), mapping the webhook endpoint on its own port.
/// </summary>
public sealed class SampleSilo : IAsyncDisposable
{
    private readonly WebApplication _app;

    private SampleSilo(WebApplication app, Uri address)
    {
        _app = app;
        Address = address;
    }

    /// <summary>Where its app (the webhook endpoint) listens.</summary>
    public Uri Address { get; }

    /// <summary>The front door, on this silo.</summary>
    public TwisterCluster Twister => _app.Services.GetRequiredService<TwisterCluster>();

    /// <summary>The silo's services.</summary>
    public IServiceProvider Services => _app.Services;

    /// <summary>Starts a silo of <paramref name="options"/>' cluster, calling the fake service at <paramref name="linear"/>.</summary>
    /// <param name="options">The cluster's database and id.</param>
    /// <param name="linear">The fake Linear-like service and its token.</param>
    /// <param name="webhookBase">The public address webhook URLs are built on (the first silo's).</param>
    /// <param name="cancellationToken">Cancels the start.</param>
    public static async Task<SampleSilo> StartAsync(SampleOptions options, (Uri Address, string Token) linear, Uri? webhookBase, CancellationToken cancellationToken)
    {
        var address = new Uri($"http://127.0.0.1:{FreePort()}/");
        var builder = WebApplication.CreateSlimBuilder();
        // Warnings and errors only; Orleans' start-up notes (server GC, a watchdog clock on a busy machine) stay out of the way.
        builder.Logging.ClearProviders().AddSimpleConsole().SetMinimumLevel(LogLevel.Warning).AddFilter("Orleans", LogLevel.Error);
        builder.WebHost.UseUrls(address.AbsoluteUri);
        builder.UseOrleans(silo =>
        {
            silo.Configure<ClusterOptions>(o => (o.ClusterId, o.ServiceId) = (options.ClusterId, "twister-sample"));
            silo.ConfigureEndpoints(IPAddress.Loopback, FreePort(), FreePort());
            silo.AddTwister(options.PostgreSql, o =>
                {
                    o.MapOrigin("https://api.linear.app", linear.Address);
                    o.WebhookBaseUrl = webhookBase ?? address;
                })
                .AddConnector<IssueConnector>(c => c.DevelopmentToken = linear.Token);
        });
        var app = builder.Build();
        app.MapTwisterWebhooks();
        await app.StartAsync(cancellationToken);
        return new SampleSilo(app, address);
    }

    private static int FreePort()
    {
        using var socket = new TcpListener(IPAddress.Loopback, 0);
        socket.Start();
        return ((IPEndPoint)socket.LocalEndpoint).Port;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
