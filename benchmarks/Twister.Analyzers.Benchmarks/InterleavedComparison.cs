using System.Collections.Immutable;
using System.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Twister.Analyzers.Benchmarks;

/// <summary>
/// The three configurations of <see cref="AnalyzerBenchmarks"/>, run in alternation (none, empty,
/// Twister; repeated) so that load from other processes on a shared machine hits all three alike,
/// which BenchmarkDotNet's one-benchmark-after-another order does not give.
/// </summary>
internal static class InterleavedComparison
{
    private const int Rounds = 5;

    public static async Task RunAsync()
    {
        var compilation = ConnectorProject.CreateCompilation();
        var options = new AnalyzerOptions(ConnectorProject.Baselines());
        ImmutableArray<DiagnosticAnalyzer> empty = [new EmptyAnalyzer()];
        var twister = TwisterAnalyzers.All();

        var none = new List<double>();
        var withEmpty = new List<double>();
        var withTwister = new List<double>();
        for (var round = 0; round <= Rounds; round++) // round 0 warms up
        {
            var a = Time(() => compilation.Clone().GetDiagnostics());
            var b = await TimeAsync(() => compilation.Clone().WithAnalyzers(empty, options).GetAllDiagnosticsAsync());
            var c = await TimeAsync(() => compilation.Clone().WithAnalyzers(twister, options).GetAllDiagnosticsAsync());
            if (round == 0) continue;
            none.Add(a);
            withEmpty.Add(b);
            withTwister.Add(c);
        }

        var (n, e, t) = (Median(none), Median(withEmpty), Median(withTwister));
        Console.WriteLine($"{compilation.SyntaxTrees.Count()} files, {twister.Length} Twister analyzers, median of {Rounds} interleaved rounds");
        Console.WriteLine("| configuration | median (ms) | vs compiler only | vs empty analyzer |");
        Console.WriteLine("|---|---:|---:|---:|");
        Console.WriteLine($"| compiler only | {n:F0} | 1.00 | |");
        Console.WriteLine($"| compiler + empty analyzer | {e:F0} | {e / n:F2} | 1.00 |");
        Console.WriteLine($"| compiler + Twister analyzers | {t:F0} | {t / n:F2} | {t / e:F2} |");
    }

    private static double Time(Action action)
    {
        var watch = Stopwatch.StartNew();
        action();
        return watch.Elapsed.TotalMilliseconds;
    }

    private static async Task<double> TimeAsync<T>(Func<Task<T>> action)
    {
        var watch = Stopwatch.StartNew();
        await action();
        return watch.Elapsed.TotalMilliseconds;
    }

    private static double Median(List<double> values)
    {
        var sorted = values.OrderBy(v => v).ToList();
        return sorted[sorted.Count / 2];
    }
}
