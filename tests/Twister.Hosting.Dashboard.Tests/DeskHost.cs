using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Twister.Hosting.Dashboard.Tests.TestConnectors;
using Twister.Hosting.Tasks;

namespace Twister.Hosting.Dashboard.Tests;

/// <summary>
/// A started host (in-memory SQLite) with the dashboard on its own loopback server, after a small sync of
/// <see cref="DeskConnector"/>: two items with notes, a failed task, a pending one, a webhook.
/// </summary>
internal sealed class DeskHost : IAsyncDisposable
{
    private readonly IHost _app;

    private DeskHost(IHost app)
    {
        _app = app;
        Twister = app.Services.GetRequiredService<TwisterHost>();
        Dashboard = app.Services.GetRequiredService<TwisterDashboard>();
    }

    public TwisterHost Twister { get; }

    public TwisterDashboard Dashboard { get; }

    public Uri Address => Dashboard.Address ?? throw new InvalidOperationException("The dashboard's server did not start.");

    public static async Task<DeskHost> StartAsync(Action<DashboardOptions>? configure = null)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Logging.ClearProviders();
        builder.Services.AddTwister(o =>
            {
                o.UseInMemoryDatabase = true;
                o.RunTaskWorker = false; // the tests run the tasks themselves
                o.RunWebhookServer = false;
                o.MaxTaskAttempts = 1;
            })
            .AddConnector<DeskConnector>(c => c.DevelopmentToken = "desk-token")
            .AddDashboard(configure);
        var app = builder.Build();
        await app.StartAsync();
        var host = new DeskHost(app);
        var desk = host.Twister.Connector<DeskConnector>();
        await desk.InstallAsync();
        await desk.EnableChannelAsync("support");
        await host.Twister.RunDueTasksAsync();
        return host;
    }

    public async Task<QueuedTask> TaskAsync(string callbackKey) => Assert.Single(await Twister.GetTasksAsync(), t => t.CallbackKey == callbackKey);

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        _app.Dispose();
    }
}
