using System.Diagnostics;
using System.Globalization;
using System.Reflection;
using BenchmarkDotNet.Attributes;

namespace Twister.Benchmarks.Serialization;

/// <summary>
/// A second way to run <see cref="SerializerBenchmarks"/> for a shared, busy machine: every round runs
/// each benchmark once for about 20 ms, in turn, so that load changes hit all of them alike; the
/// minimum and the median over the rounds are reported, with each method's ratio to its category's
/// baseline (System.Text.Json source-gen) on both. BenchmarkDotNet runs the methods one after another,
/// so a load change between them skews its ratios.
/// </summary>
internal static class InterleavedRun
{
    private const int WarmupRounds = 5;
    private static readonly TimeSpan Slice = TimeSpan.FromMilliseconds(20);

    public static void Run(int rounds, string filter)
    {
        var benchmarks = new SerializerBenchmarks();
        benchmarks.Setup();
        var methods = typeof(SerializerBenchmarks).GetMethods()
            .Where(m => m.GetCustomAttribute<BenchmarkAttribute>() is not null && m.Name.Contains(filter, StringComparison.Ordinal))
            .ToList();
        var direct = methods.ToDictionary(m => m, m => Bind(m, benchmarks));
        var samples = methods.ToDictionary(m => m, _ => new List<double>());
        var operations = methods.ToDictionary(m => m, m => Calibrate(direct[m]));

        // Warm-up rounds, not recorded: let tiered compilation finish with every method.
        for (var round = 0; round < WarmupRounds + rounds; round++)
        {
            foreach (var method in methods)
            {
                var nanoseconds = Measure(direct[method], operations[method]);
                if (round >= WarmupRounds) samples[method].Add(nanoseconds);
            }
        }

        Console.WriteLine($"| Method | Min | Median | Ratio (min) | Ratio (median) |");
        Console.WriteLine("|---|---:|---:|---:|---:|");
        foreach (var group in methods.GroupBy(m => m.GetCustomAttribute<BenchmarkCategoryAttribute>()!.Categories[0]))
        {
            var baseline = group.Single(m => m.GetCustomAttribute<BenchmarkAttribute>()!.Baseline);
            foreach (var method in group)
            {
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"| {method.Name} | {Min(samples[method]):F1} ns | {Median(samples[method]):F1} ns | {Min(samples[method]) / Min(samples[baseline]):F2} | {Median(samples[method]) / Median(samples[baseline]):F2} |"));
            }
        }
    }

    /// <summary>A direct delegate to the benchmark (reflection's Invoke would dwarf a 60 ns write).</summary>
    private static Action Bind(MethodInfo method, SerializerBenchmarks benchmarks)
    {
        if (method.ReturnType == typeof(int))
        {
            var written = method.CreateDelegate<Func<int>>(benchmarks);
            return () => written();
        }
        var read = method.CreateDelegate<Func<object>>(benchmarks);
        return () => read();
    }

    private static long Calibrate(Action benchmark)
    {
        for (var operations = 1L; ; operations *= 2)
        {
            var watch = Stopwatch.StartNew();
            for (var i = 0L; i < operations; i++) benchmark();
            if (watch.Elapsed >= Slice) return operations;
        }
    }

    private static double Measure(Action benchmark, long operations)
    {
        var watch = Stopwatch.StartNew();
        for (var i = 0L; i < operations; i++) benchmark();
        return watch.Elapsed.TotalNanoseconds / operations;
    }

    private static double Min(List<double> samples) => samples.Min();

    private static double Median(List<double> samples)
    {
        var sorted = samples.Order().ToList();
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[sorted.Count / 2 - 1] + sorted[sorted.Count / 2]) / 2;
    }
}
