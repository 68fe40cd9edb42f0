using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Twister.Hosting.Benchmarks.Measurement;
using Twister.Hosting.Benchmarks.Targets;
using Twister.Hosting.Benchmarks.Verification;
using Twister.Hosting.Execution;
using Twister.Hosting.Storage;
using Twister.Samples.FakeLinear;
using Twister.Samples.FakeLinear.Data;
using Twister.Samples.Linear;
using Twister.Samples.Linear.Api;

namespace Twister.Hosting.Benchmarks.HostSync;

/// <summary>
/// One initial sync through the real host, as a user runs it: the fake Linear-like service on loopback, a
/// generic host with <c>AddTwister</c> on the target's storage and the sample's <see cref="IssueConnector"/>,
/// every team enabled, and the background worker draining the queue with the given concurrency (channels
/// synced in parallel, each channel's batches in order).
/// </summary>
internal static class HostSyncRun
{
    /// <summary>Syncs <paramref name="items"/> issues spread over <paramref name="teams"/> teams into <paramref name="target"/>.</summary>
    /// <exception cref="InvalidOperationException">An execution failed, or tasks were left in the queue.</exception>
    public static async Task<HostSyncResult> RunAsync(int items, int teams, int concurrency, StorageTarget target, CancellationToken cancellationToken)
    {
        var data = FakeLinearData.Seed(teams, items / teams);
        await using var linear = new FakeLinearService(data);
        await linear.StartAsync(cancellationToken);

        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Logging.ClearProviders();
        builder.Services
            .AddTwister(o =>
            {
                target.Configure(o);
                o.RunWebhookServer = false;
                o.MaxConcurrentExecutions = concurrency;
                o.MapOrigin(LinearClient.BaseAddress.GetLeftPart(UriPartial.Authority), linear.BaseAddress);
            })
            .AddConnector<IssueConnector>(c => c.DevelopmentToken = linear.Token);
        HostSyncResult result;
        using (var app = builder.Build())
        {
            var twister = app.Services.GetRequiredService<TwisterHost>();
            var channels = await twister.Connector<IssueConnector>().InstallAsync(cancellationToken: cancellationToken);
            result = await MeasureAsync(app, twister, linear, channels, items, cancellationToken);
            await app.StopAsync(CancellationToken.None);
        }
        await using var connection = target.OpenHostDatabase();
        return result with { Verification = SyncVerification.Verify(data, connection, items) };
    }

    private static async Task<HostSyncResult> MeasureAsync(IHost app, TwisterHost twister, FakeLinearService linear, IReadOnlyList<Channel> channels, int items, CancellationToken cancellationToken)
    {
        var queue = app.Services.GetRequiredService<ITwisterStorage>().Tasks;
        var baseline = MemoryBaseline.AfterFullCollection();
        var requestsBefore = linear.RequestCount;
        var gcBefore = GcActivity.Now();
        var jitBefore = JitActivity.Now();
        using var sampler = MemorySampler.Start();
        var startedAt = DateTimeOffset.UtcNow;

        await app.StartAsync(cancellationToken); // the worker starts claiming as soon as the first channel queues its sync
        foreach (var channel in channels) await twister.Connector<IssueConnector>().EnableChannelAsync(channel.Id, cancellationToken);
        // Looked at rarely, so that the benchmark takes the host's connection as little as it can; the sync
        // ends when its last execution finished, not when a look noticed it.
        while (await queue.NextDueAsync(cancellationToken) is not null) await Task.Delay(50, cancellationToken);

        var peak = sampler.Stop();
        var gc = GcActivity.Now().Since(gcBefore);
        var jit = JitActivity.Now().Since(jitBefore);
        var httpRequests = linear.RequestCount - requestsBefore;

        var executions = await twister.GetExecutionsAsync(cancellationToken);
        if (executions.FirstOrDefault(e => e.Status != ExecutionStatus.Succeeded) is { } failed)
            throw new InvalidOperationException($"Execution {failed.Id} ({failed.Kind} {failed.CallbackKey}) failed: {failed.Error}");
        var syncExecutions = executions.Where(e => e.Kind is ExecutionKind.ChannelEnabled or ExecutionKind.Task).ToList();
        return new HostSyncResult(
            items, executions.Max(e => e.FinishedAt) - startedAt, executions.Count(e => e.Kind == ExecutionKind.Task), syncExecutions.Sum(e => (long)e.Requests), httpRequests,
            baseline, peak, gc, jit, Verification: null);
    }
}

/// <summary>What one host sync measured.</summary>
/// <param name="Items">Issues in the fake service.</param>
/// <param name="Duration">From the host's start (the channels enabled just after) to the end of the sync's last execution.</param>
/// <param name="Batches">Task executions (one page of issues each).</param>
/// <param name="BudgetRequests">Requests counted against the budgets of the sync's executions (channel enablings and batches): HTTP, tool calls, store operations.</param>
/// <param name="HttpRequests">Requests the fake service answered.</param>
/// <param name="Baseline">Memory after install, seeding and a full collection: the level the sync starts from.</param>
/// <param name="Peak">Memory peaks sampled during the sync.</param>
/// <param name="Gc">Collections and allocations during the sync (the fake service's included).</param>
/// <param name="Jit">JIT compilation during the sync: what the warm-up left to compile.</param>
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
    JitActivity Jit,
    VerifiedStore? Verification)
{
    /// <summary>Issues upserted per second.</summary>
    public double ItemsPerSecond => Items / Duration.TotalSeconds;
}
