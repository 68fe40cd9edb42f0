using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Twister.Hosting.Configuration;
using Twister.Hosting.Dashboard;

namespace Twister.Samples.Linear.Demo;

/// <summary><c>--dashboard</c>: after the run, the host opens the demo's SQLite file again with the dashboard, and serves until Ctrl+C.</summary>
internal static class DemoDashboard
{
    public static async Task ServeAsync(IConnectorDemo connector, DemoOptions options)
    {
        var databasePath = Path.Combine(options.DataDirectory, DemoScenario.DatabaseFile(connector.Name));
        using var app = DemoScenario.BuildHost(connector, TimeProvider.System, databasePath, twister =>
        {
            twister.AddDashboard();
            twister.Services.Configure<TwisterOptions>(o => o.RunTaskWorker = true); // a task retried from the dashboard runs
        });
        await app.StartAsync();
        Console.WriteLine($"Dashboard: {app.Services.GetRequiredService<TwisterDashboard>().Address} (loopback only, no authentication). Ctrl+C stops it.");
        await app.WaitForShutdownAsync(); // the host's console lifetime turns Ctrl+C (SIGINT, SIGTERM) into a stop
    }
}
