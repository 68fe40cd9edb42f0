using System.Diagnostics;

namespace Twister.Analyzers.Benchmarks;

/// <summary>
/// One measured run: wall time, the CPU time of every thread of the process (steadier than wall
/// time when other processes load the machine, and it counts the work done concurrently on both
/// cores), and the bytes allocated (nearly deterministic).
/// </summary>
internal readonly record struct Sample(double WallMs, double CpuMs, double AllocatedMb)
{
    public static async Task<Sample> TakeAsync(Func<Task> action)
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        var process = Process.GetCurrentProcess();
        var cpuBefore = process.TotalProcessorTime;
        var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
        var watch = Stopwatch.StartNew();
        await action();
        watch.Stop();
        var allocated = GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore;
        process.Refresh();
        var cpu = process.TotalProcessorTime - cpuBefore;
        return new Sample(watch.Elapsed.TotalMilliseconds, cpu.TotalMilliseconds, allocated / 1024.0 / 1024.0);
    }
}

/// <summary>The samples of one configuration, summarised by median and spread (min to max).</summary>
internal sealed class Samples(string name)
{
    private readonly List<Sample> _samples = new();

    public string Name { get; } = name;

    public void Add(Sample sample) => _samples.Add(sample);

    public double Median(Func<Sample, double> measure) => MedianOf(_samples.Select(measure));

    /// <summary>The median of <paramref name="values"/> (the mean of the middle two when their number is even).</summary>
    public static double MedianOf(IEnumerable<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[sorted.Count / 2 - 1] + sorted[sorted.Count / 2]) / 2;
    }

    public string Spread(Func<Sample, double> measure) => $"{_samples.Min(measure):F0}–{_samples.Max(measure):F0}";
}
