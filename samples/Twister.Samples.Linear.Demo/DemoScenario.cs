using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Twister.Hosting;
using Twister.Hosting.Connectors;
using Twister.Hosting.Execution;

namespace Twister.Samples.Linear.Demo;

/// <summary>
/// The README's demo as a library method, so tests run exactly what <c>dotnet run</c> runs: a connector's fake
/// service, the host on SQLite, install, enable, initial sync, then the connector's own steps (a webhook, a
/// write-back, ...), and a summary.
/// </summary>
/// <remarks>
/// A second run against the same folder enables the channels again, which resyncs them: every upsert is keyed
/// (activities by source, notes by key), so the counts stay the same. Each connector keeps its own SQLite file
/// in the folder (<c>twister-{connector}.db</c>), so the counts are its own.
/// </remarks>
public static class DemoScenario
{
    /// <summary>Runs the demo of <paramref name="connector"/> once.</summary>
    /// <param name="connector">The connector's part of the demo.</param>
    /// <param name="options">Where the SQLite file goes and whether to start fresh.</param>
    /// <param name="reporter">Where progress is shown.</param>
    /// <param name="cancellationToken">Cancels the run.</param>
    /// <returns>The summary; the run failed when it reports failed executions or when this throws.</returns>
    public static async Task<DemoSummary> RunAsync(IConnectorDemo connector, DemoOptions options, IDemoReporter reporter, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(connector);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(reporter);
        var stopwatch = Stopwatch.StartNew();
        if (options.Fresh && Directory.Exists(options.DataDirectory)) Directory.Delete(options.DataDirectory, recursive: true);
        Directory.CreateDirectory(options.DataDirectory);

        reporter.Step(await connector.StartServiceAsync(cancellationToken));
        var clock = new DemoClock(connector.ClockStart);
        var databasePath = Path.Combine(options.DataDirectory, DatabaseFile(connector.Name));
        using var app = BuildHost(connector, clock, databasePath);
        await app.StartAsync(cancellationToken);
        try
        {
            var twister = app.Services.GetRequiredService<TwisterHost>();
            reporter.Step($"Host on SQLite at {databasePath}, webhooks on {twister.WebhookBaseAddress}");
            var known = (await twister.GetExecutionsAsync(cancellationToken)).Select(e => e.Id).ToHashSet(StringComparer.Ordinal);

            var lifecycle = twister.Connector(connector.Name);
            var channels = await lifecycle.InstallAsync(cancellationToken: cancellationToken);
            reporter.Step($"Installed '{lifecycle.Name}' with a development token: channels {string.Join(", ", channels.Select(c => c.Title))}");
            foreach (var channel in channels) await lifecycle.EnableChannelAsync(channel.Id, cancellationToken);
            reporter.Step($"Enabled {channels.Count} channels: each queued its first sync batch");

            var run = new DemoRun(twister, lifecycle, channels, clock, reporter);
            using (var upserts = new ActivityUpsertCounter())
            {
                await reporter.RunSyncAsync(connector.ExpectedItems, progress => run.RunDueTasksAsync(() => progress(upserts.Count), cancellationToken));
            }
            await connector.ShowChangesAsync(run, cancellationToken);

            return await SummarizeAsync(twister, connector, known, stopwatch, cancellationToken);
        }
        finally
        {
            await app.StopAsync(CancellationToken.None);
        }
    }

    /// <summary>The SQLite file of a connector's demo, in the data folder.</summary>
    /// <param name="connector">The connector's name.</param>
    public static string DatabaseFile(string connector) => $"twister-{connector}.db";

    /// <summary>The demo's host over <paramref name="databasePath"/>; <paramref name="extend"/> adds to it (the dashboard does).</summary>
    internal static IHost BuildHost(IConnectorDemo connector, TimeProvider clock, string databasePath, Action<TwisterBuilder>? extend = null)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Logging.ClearProviders();
        builder.Services.AddSingleton<TimeProvider>(clock);
        var twister = builder.Services.AddTwister(o =>
        {
            o.DatabasePath = databasePath;
            o.RunTaskWorker = false; // the demo drives the tasks itself, to show their progress
            connector.Configure(o);
        });
        connector.AddConnector(twister);
        extend?.Invoke(twister);
        return builder.Build();
    }

    private static async Task<DemoSummary> SummarizeAsync(TwisterHost twister, IConnectorDemo connector, HashSet<string> known, Stopwatch stopwatch, CancellationToken cancellationToken)
    {
        var (activities, notes) = await twister.Plot.CountAsync(cancellationToken);
        // The first run's one-time activation aside, every run records the same executions.
        var executions = (await twister.GetExecutionsAsync(cancellationToken)).Where(e => !known.Contains(e.Id) && e.Kind != ExecutionKind.Activate).ToList();
        var batches = executions.Count(e => e.Kind == ExecutionKind.Task && e.CallbackKey == connector.BatchCallbackKey);
        return new DemoSummary(activities, notes, batches, executions.Sum(e => e.Requests), executions.Count,
            executions.Count(e => e.Status == ExecutionStatus.Failed), stopwatch.Elapsed);
    }
}
