using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Twister.Analyzers.Baselines;

namespace Twister.Analyzers.Benchmarks;

/// <summary>
/// Runs configurations in alternation (A, B, C, ...; repeated) so that load from other processes on
/// a shared machine hits all of them alike, which BenchmarkDotNet's one-benchmark-after-another
/// order does not give, and prints medians of CPU time, wall time and allocations with their spread.
/// Every configuration starts from a fresh clone of the compilation, so nothing bound is reused,
/// and every one computes the compiler's own diagnostics (so binds every method body).
/// </summary>
internal static class InterleavedComparison
{
    /// <summary>The compiler alone, the empty analyzers, and all Twister analyzers.</summary>
    public static Task CompareAsync(int rounds)
    {
        var twister = TwisterAnalyzers.All();
        return RunAsync(rounds, [
            ("compiler only", null),
            ("+ empty analyzer, symbol action", [new EmptySymbolActionAnalyzer()]),
            ("+ empty analyzer, syntax node action", [new EmptySyntaxNodeActionAnalyzer()]),
            ("+ empty analyzer, semantic model action", [new EmptySemanticModelActionAnalyzer()]),
            ("+ empty analyzer, operation action", [new EmptyOperationActionAnalyzer()]),
            ("+ all Twister analyzers", twister),
        ]);
    }

    /// <summary>Each Twister analyzer alone, beside the compiler alone and the empty symbol-action analyzer.</summary>
    public static Task ProfileAsync(int rounds)
    {
        var configurations = new List<(string, ImmutableArray<DiagnosticAnalyzer>?)>
        {
            ("compiler only", null),
            ("+ empty analyzer, symbol action", [new EmptySymbolActionAnalyzer()]),
        };
        foreach (var analyzer in TwisterAnalyzers.All()) configurations.Add(("+ " + analyzer.GetType().Name, [analyzer]));
        return RunAsync(rounds, configurations);
    }

    private static async Task RunAsync(int rounds, IReadOnlyList<(string Name, ImmutableArray<DiagnosticAnalyzer>? Analyzers)> configurations)
    {
        var compilation = ConnectorProject.CreateCompilation();
        var options = new AnalyzerOptions(ConnectorProject.Baselines());
        var samples = configurations.Select(c => new Samples(c.Name)).ToList();
        for (var round = 0; round <= rounds; round++) // round 0 warms up (JIT, caches)
        {
            for (var i = 0; i < configurations.Count; i++)
            {
                var analyzers = configurations[i].Analyzers;
                var sample = await Sample.TakeAsync(() => RunOnceAsync(compilation, analyzers, options));
                if (round > 0) samples[i].Add(sample);
            }
        }

        var baseline = samples[0];
        Console.WriteLine($"{compilation.SyntaxTrees.Count()} files; medians of {rounds} interleaved rounds (min–max); {Environment.ProcessorCount} cores");
        Console.WriteLine("| configuration | CPU ms | CPU vs compiler | wall ms | wall vs compiler | allocated MB | allocated vs compiler |");
        Console.WriteLine("|---|---:|---:|---:|---:|---:|---:|");
        foreach (var s in samples)
        {
            Console.WriteLine($"| {s.Name} | {s.Median(x => x.CpuMs):F0} ({s.Spread(x => x.CpuMs)}) | {s.Median(x => x.CpuMs) / baseline.Median(x => x.CpuMs):F3} "
                + $"| {s.Median(x => x.WallMs):F0} ({s.Spread(x => x.WallMs)}) | {s.Median(x => x.WallMs) / baseline.Median(x => x.WallMs):F3} "
                + $"| {s.Median(x => x.AllocatedMb):F1} | {s.Median(x => x.AllocatedMb) / baseline.Median(x => x.AllocatedMb):F3} |");
        }
    }

    private static async Task RunOnceAsync(Compilation compilation, ImmutableArray<DiagnosticAnalyzer>? analyzers, AnalyzerOptions options)
    {
        if (analyzers is null) compilation.Clone().GetDiagnostics();
        else await compilation.Clone().WithAnalyzers(analyzers.Value, options).GetAllDiagnosticsAsync();
    }
}
