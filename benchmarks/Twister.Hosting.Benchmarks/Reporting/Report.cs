using System.Runtime.InteropServices;
using Twister.Hosting.Benchmarks.Comparison;
using Twister.Hosting.Benchmarks.Measurement;

namespace Twister.Hosting.Benchmarks.Reporting;

/// <summary>Prints each trial as it ends and the markdown summary that docs/performance.md quotes (in the invariant culture Program sets).</summary>
internal static class Report
{
    private const double MiB = 1024 * 1024;

    /// <summary>The machine and runtime the figures come from.</summary>
    public static void Machine()
        => Console.WriteLine($"{RuntimeInformation.OSDescription}, {RuntimeInformation.FrameworkDescription}, {Environment.ProcessorCount} cores, GC: {(System.Runtime.GCSettings.IsServerGC ? "server" : "workstation")}");

    /// <summary>One trial, as it ends.</summary>
    public static void Trial(string label, ComparisonResult trial)
    {
        var host = trial.Host;
        Console.WriteLine(
            $"{label,-10} {host.Items,8:N0} items  host {host.Duration.TotalSeconds,7:F2} s {host.ItemsPerSecond,8:N0}/s  raw {trial.Raw.Duration.TotalSeconds,6:F2} s {trial.Raw.ItemsPerSecond,8:N0}/s ({trial.Raw.Batches:N0} tx)  " +
            $"host/raw {trial.HostToRaw:P1}  fetch-only {trial.Fetch.Duration.TotalSeconds:F2} s ({trial.Fetch.Pages:N0} pages)  peak WS {host.Peak.WorkingSet / MiB:N0} MiB (start {host.Baseline.WorkingSet / MiB:N0})  " +
            $"peak heap {host.Peak.ManagedHeap / MiB:N0} MiB (start {host.Baseline.ManagedHeap / MiB:N0}, {host.Peak.Samples:N0} samples)  verified {host.Verification?.Activities:N0}");
    }

    /// <summary>The medians per size, as markdown tables.</summary>
    public static void Summary(IReadOnlyList<(int Items, IReadOnlyList<ComparisonResult> Trials)> sizes)
    {
        Console.WriteLine();
        Console.WriteLine("| items | runs | host duration | host items/s | raw SQLite items/s | host / raw | fetch-only items/s | host time per item beyond fetching | batches | HTTP requests | budget requests |");
        Console.WriteLine("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var (items, trials) in sizes)
        {
            var host = trials[0].Host;
            Console.WriteLine(
                $"| {items:N0} | {trials.Count} | {Median.Of(trials.Select(t => t.Host.Duration.TotalSeconds)):F2} s | {Median.Of(trials.Select(t => t.Host.ItemsPerSecond)):N0} | " +
                $"{Median.Of(trials.Select(t => t.Raw.ItemsPerSecond)):N0} | {Median.Of(trials.Select(t => t.HostToRaw)):P1} | " +
                $"{Median.Of(trials.Select(t => t.Fetch.ItemsPerSecond)):N0} | {Median.Of(trials.Select(t => t.HostOverheadMicroseconds)):N0} µs | {host.Batches:N0} | {host.HttpRequests:N0} | {host.BudgetRequests:N0} |");
        }

        Console.WriteLine();
        Console.WriteLine("| items | working set at start | peak working set | growth | managed heap at start | peak managed heap | growth | allocated per item | gen 0/1/2 GCs |");
        Console.WriteLine("|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var (items, trials) in sizes)
        {
            Console.WriteLine(
                $"| {items:N0} | {Mib(trials, t => t.Host.Baseline.WorkingSet)} | {Mib(trials, t => t.Host.Peak.WorkingSet)} | " +
                $"{Mib(trials, t => t.Host.Peak.WorkingSet - t.Host.Baseline.WorkingSet)} | {Mib(trials, t => t.Host.Baseline.ManagedHeap)} | " +
                $"{Mib(trials, t => t.Host.Peak.ManagedHeap)} | {Mib(trials, t => t.Host.Peak.ManagedHeap - t.Host.Baseline.ManagedHeap)} | " +
                $"{Median.Of(trials.Select(t => (double)t.Host.Gc.AllocatedBytes / items)) / 1024:N1} KiB | " +
                $"{Median.Of(trials.Select(t => (double)t.Host.Gc.Gen0)):N0}/{Median.Of(trials.Select(t => (double)t.Host.Gc.Gen1)):N0}/{Median.Of(trials.Select(t => (double)t.Host.Gc.Gen2)):N0} |");
        }
        Console.WriteLine();
        Console.WriteLine($"Medians; memory sampled every {MemorySampler.Interval.TotalMilliseconds:N0} ms; \"start\" is after seeding the fake service, installing the connector and a full collection.");
    }

    private static string Mib(IReadOnlyList<ComparisonResult> trials, Func<ComparisonResult, long> bytes)
        => $"{Median.Of(trials.Select(t => bytes(t) / MiB)):N0} MiB";
}
