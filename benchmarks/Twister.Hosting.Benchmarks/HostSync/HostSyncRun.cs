using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Twister.Hosting.Benchmarks.Measurement;
using Twister.Hosting.Benchmarks.Verification;
using Twister.Hosting.Execution;
using Twister.Hosting.Tasks;
using Twister.Samples.FakeLinear;
using Twister.Samples.FakeLinear.Data;
using Twister.Samples.Linear;
using Twister.Samples.Linear.Api;

namespace Twister.Hosting.Benchmarks.HostSync;

/// <summary>
/// One initial sync through the real local host: the fake Linear-like service on loopback, a generic
/// host with <c>AddTwister</c> on a SQLite file and the sample's <see cref="IssueConnector"/>, every
/// team enabled, then the task queue drained.
/// </summary>
internal static class HostSyncRun
{
    /// <summary>Syncs <paramref name="items"/> issues spread over <paramref name="teams"/> teams into <paramref name="databasePath"/>.</summary>
    /// <exception cref="InvalidOperationException">An execution failed, or tasks were left in the queue.</exception>
    public static async Task<HostSyncResult> RunAsync(int items, int teams, string databasePath, CancellationToken cancellationToken)
    {
        var data = FakeLinearData.Seed(teams, items / teams);
        await using var linear = new FakeLinearService(data);
        await linear.StartAsync(cancellationToken);

        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Logging.ClearProviders();
        builder.Services
            .AddTwister(o =>
            {
                o.DatabasePath = databasePath;
                // The harness drains the queue itself through the same TaskRunner the worker loops over, so
                // the worker's poll interval is not part of the measured time and the end is exact.
                o.RunTaskWorker = false;
                o.MapOrigin(LinearClient.BaseAddress.GetLeftPart(UriPartial.Authority), linear.BaseAddress);
            })
            .AddConnector<IssueConnector>(c => c.DevelopmentToken = linear.Token);
        HostSyncResult result;
        using (var app = builder.Build())
        {
            await app.StartAsync(cancellationToken);
            try
            {
                result = await MeasureAsync(app.Services.GetRequiredService<TwisterHost>(), linear, items, cancellationToken);
            }
            finally
            {
                await app.StopAsync(CancellationToken.None);
            }
        }
        // Checked once the host has closed its connection, against the fake service's own data.
        return result with { Verification = SyncVerification.Verify(data, databasePath, items) };
    }

    private static async Task<HostSyncResult> MeasureAsync(TwisterHost twister, FakeLinearService linear, int items, CancellationToken cancellationToken)
    {
        var connector = twister.Connector<IssueConnector>();
        var channels = await connector.InstallAsync(cancellationToken: cancellationToken);

        var baseline = MemoryBaseline.AfterFullCollection();
        var requestsBefore = linear.RequestCount;
        var gcBefore = GcActivity.Now();
        using var sampler = MemorySampler.Start();
        var clock = Stopwatch.StartNew();

        foreach (var channel in channels) await connector.EnableChannelAsync(channel.Id, cancellationToken);
        var batches = await twister.RunDueTasksAsync(cancellationToken: cancellationToken);

        clock.Stop();
        var peak = sampler.Stop();
        var gc = GcActivity.Now().Since(gcBefore);
        var httpRequests = linear.RequestCount - requestsBefore;

        var executions = await twister.GetExecutionsAsync(cancellationToken);
        if (executions.FirstOrDefault(e => e.Status != ExecutionStatus.Succeeded) is { } failed)
            throw new InvalidOperationException($"Execution {failed.Id} ({failed.Kind} {failed.CallbackKey}) failed: {failed.Error}");
        var pending = (await twister.GetTasksAsync(cancellationToken)).Count(t => t.Status == QueuedTaskStatus.Pending);
        if (pending > 0) throw new InvalidOperationException($"{pending} tasks are still pending after the queue was drained.");

        var syncExecutions = executions.Where(e => e.Kind is ExecutionKind.ChannelEnabled or ExecutionKind.Task).ToList();
        return new HostSyncResult(
            items, clock.Elapsed, batches.Count, syncExecutions.Sum(e => (long)e.Requests), httpRequests,
            baseline, peak, gc, Verification: null);
    }
}

/// <summary>What one host sync measured.</summary>
/// <param name="Items">Issues in the fake service.</param>
/// <param name="Duration">From the first channel's enabling to the drained queue.</param>
/// <param name="Batches">Task executions (one page of issues each).</param>
/// <param name="BudgetRequests">Requests counted against the budgets of the sync's executions (channel enablings and batches): HTTP, tool calls, store operations.</param>
/// <param name="HttpRequests">Requests the fake service answered.</param>
/// <param name="Baseline">Memory after install, seeding and a full collection: the level the sync starts from.</param>
/// <param name="Peak">Memory peaks sampled during the sync.</param>
/// <param name="Gc">Collections and allocations during the sync (the fake service's included).</param>
/// <param name="Verification">What the store holds after the sync, checked against the fake service.</param>
internal sealed record HostSyncResult(
    int Items,
    TimeSpan Duration,
    int Batches,
    long BudgetRequests,
    int HttpRequests,
    MemoryBaseline Baseline,
    MemoryPeak Peak,
    GcActivity Gc,
    VerifiedStore? Verification)
{
    /// <summary>Issues upserted per second.</summary>
    public double ItemsPerSecond => Items / Duration.TotalSeconds;
}
