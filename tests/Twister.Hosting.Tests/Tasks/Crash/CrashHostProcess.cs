using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Twister.Hosting.Tests.TestConnectors;

namespace Twister.Hosting.Tests.Tasks.Crash;

/// <summary>
/// A host process that works the task queue of a SQLite file until it is killed: the background worker on,
/// two channels at a time, short leases, the fake Linear service at the address it is given.
/// </summary>
internal static class CrashHostProcess
{
    public static readonly TimeSpan Lease = TimeSpan.FromSeconds(2);

    /// <summary>Starts <c>crash-host</c> in a new process.</summary>
    public static Process Start(string databasePath, Uri linear, string token)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in new[] { typeof(CrashHostProcess).Assembly.Location, "crash-host", databasePath, linear.AbsoluteUri, token }) start.ArgumentList.Add(argument);
        return Process.Start(start) ?? throw new InvalidOperationException("The crash host did not start.");
    }

    public static async Task<int> RunAsync(string[] args)
    {
        if (args is not [var databasePath, var linear, var token]) return 2;
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Logging.ClearProviders();
        builder.Services.AddTwister(o =>
        {
            o.DatabasePath = databasePath;
            o.RunWebhookServer = false;
            o.MaxConcurrentExecutions = 2;
            o.TaskLeaseDuration = Lease;
            o.TaskPollInterval = TimeSpan.FromMilliseconds(20);
            o.MapOrigin(LinearApi.Origin, new Uri(linear));
        }).AddConnector<IssueSyncConnector>(c => c.DevelopmentToken = token);
        using var host = builder.Build();
        await host.RunAsync();
        return 0;
    }
}
