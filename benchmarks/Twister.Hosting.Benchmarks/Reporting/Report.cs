using System.Runtime.InteropServices;
using Twister.Hosting.Benchmarks.Comparison;
using Twister.Hosting.Benchmarks.Measurement;
using Twister.Hosting.Benchmarks.Webhooks;

namespace Twister.Hosting.Benchmarks.Reporting;

/// <summary>Prints each trial as it ends and the markdown summary that docs/performance.md quotes (in the invariant culture Program sets).</summary>
internal static class Report
{
    private const double MiB = 1024 * 1024;

    /// <summary>The machine and runtime the figures come from.</summary>
    public static void Machine()
        => Console.WriteLine($"{RuntimeInformation.OSDescription}, {RuntimeInformation.FrameworkDescription}, {Environment.ProcessorCount} cores, GC: {(System.Runtime.GCSettings.IsServerGC ? "server" : "workstation")}, load average {LoadAverage()}");

    /// <summary>One trial, as it ends.</summary>
    public static void Trial(string label, ComparisonResult trial)
    {
        var host = trial.Host;
        Console.WriteLine(
            $"{label,-10} {host.Items,8:N0} items x{trial.Concurrency}  host {host.Duration.TotalSeconds,7:F2} s {host.ItemsPerSecond,8:N0}/s  raw {trial.Raw.Duration.TotalSeconds,6:F2} s {trial.Raw.ItemsPerSecond,8:N0}/s ({trial.Raw.Batches:N0} tx)  " +
            $"host/raw {trial.HostToRaw:P1}  fetch-only {trial.Fetch.Duration.TotalSeconds:F2} s  html {trial.Html.MicrosecondsPerItem:F1} µs/item  peak WS {host.Peak.WorkingSet / MiB:N0} MiB (start {host.Baseline.WorkingSet / MiB:N0})  " +
            $"JIT {host.Jit.Methods:N0} methods {host.Jit.CompilationTime.TotalSeconds:F2} s  " +
            $"verified {host.Verification?.Activities:N0}  load {LoadAverage()}");
    }

    /// <summary>The medians per trial kind, as markdown tables.</summary>
    public static void Summary(IReadOnlyList<(TrialSettings Trial, IReadOnlyList<ComparisonResult> Results)> kinds)
    {
        var provider = kinds[0].Results[0].Provider;
        Console.WriteLine();
        Console.WriteLine($"| items | channels in parallel | runs | host items/s | raw {provider} items/s | host / raw | fetch-only µs/item | HTML→markdown µs/item | host's own µs/item | host's own rate / raw | batches | budget requests |");
        Console.WriteLine("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var (trial, results) in kinds)
        {
            Console.WriteLine(
                $"| {trial.Items:N0} | {trial.Concurrency} | {results.Count} | {M(results, r => r.Host.ItemsPerSecond):N0} | {M(results, r => r.Raw.ItemsPerSecond):N0} | **{M(results, r => r.HostToRaw):P1}** | " +
                $"{M(results, r => r.Fetch.Duration.TotalMicroseconds / r.Fetch.Items):N1} | {M(results, r => r.Html.MicrosecondsPerItem):N1} | " +
                (trial.Concurrency == 1 ? $"{M(results, r => r.HostOwnMicroseconds):N1} | {M(results, r => r.HostOwnToRaw):P0} | " : "(serial only) | | ") +
                $"{results[0].Host.Batches:N0} | {results[0].Host.BudgetRequests:N0} |");
        }

        Console.WriteLine();
        Console.WriteLine("| items | channels in parallel | working set at start | peak working set | growth | peak managed heap | allocated per item (all) | of which HTML→markdown | of which fetching | host's own | gen 0/1/2 GCs | JIT-compiled during the sync |");
        Console.WriteLine("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var (trial, results) in kinds)
        {
            Console.WriteLine(
                $"| {trial.Items:N0} | {trial.Concurrency} | {M(results, r => r.Host.Baseline.WorkingSet / MiB):N0} MiB | {M(results, r => r.Host.Peak.WorkingSet / MiB):N0} MiB | " +
                $"{M(results, r => (r.Host.Peak.WorkingSet - r.Host.Baseline.WorkingSet) / MiB):N0} MiB | {M(results, r => r.Host.Peak.ManagedHeap / MiB):N0} MiB | " +
                $"{M(results, r => (double)r.Host.Gc.AllocatedBytes / trial.Items) / 1024:N1} KiB | {M(results, r => r.Html.BytesPerItem) / 1024:N1} KiB | " +
                $"{M(results, r => (double)r.Fetch.AllocatedBytes / trial.Items) / 1024:N1} KiB | {M(results, r => r.HostOwnBytesPerItem) / 1024:N1} KiB | " +
                $"{M(results, r => r.Host.Gc.Gen0):N0}/{M(results, r => r.Host.Gc.Gen1):N0}/{M(results, r => r.Host.Gc.Gen2):N0} | " +
                $"{M(results, r => r.Host.Jit.Methods):N0} methods, {M(results, r => r.Host.Jit.CompilationTime.TotalSeconds):F2} s |");
        }
        Console.WriteLine();
        Console.WriteLine($"Medians; memory sampled every {MemorySampler.Interval.TotalMilliseconds:N0} ms; \"start\" is after seeding the fake service, installing the connector and a full collection; allocations include the in-process fake service.");
    }

    /// <summary>The webhook latency run.</summary>
    public static void Latency(WebhookLatencyResult result)
    {
        Console.WriteLine();
        Console.WriteLine("| deliveries to | deliveries | p50 | p99 | max | accepted | ran afterwards |");
        Console.WriteLine("|---|---:|---:|---:|---:|---:|---:|");
        foreach (var series in result.Series)
        {
            Console.WriteLine($"| {series.Label} | {series.Latencies.Count:N0} | {Percentile(series.Latencies, 0.50):F2} ms | **{Percentile(series.Latencies, 0.99):F2} ms** | {series.Latencies.Max():F2} ms | {series.Accepted:N0} | {series.Ran:N0} |");
        }
        Console.WriteLine();
        Console.WriteLine($"While the busy channel's executions waited on a 2 s outbound call: {result.SlowCallsCompleted} such calls completed during the run.");
    }

    private static double Percentile(IReadOnlyList<double> values, double quantile)
    {
        var sorted = values.Order().ToArray();
        return sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(quantile * sorted.Length) - 1)];
    }

    private static double M(IReadOnlyList<ComparisonResult> results, Func<ComparisonResult, double> value) => Median.Of(results.Select(value));

    private static string LoadAverage()
        => File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "n/a";
}
