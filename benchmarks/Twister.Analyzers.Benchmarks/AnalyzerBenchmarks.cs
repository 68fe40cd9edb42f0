using System.Collections.Immutable;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Engines;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Twister.Analyzers.Baselines;

namespace Twister.Analyzers.Benchmarks;

/// <summary>
/// Compile-time cost of the Twister analyzers on a 1,000-file connector project: full compiler
/// diagnostics alone, with an empty analyzer, and with every Twister analyzer. Each operation
/// starts from a fresh clone of the compilation so no binding is cached between iterations.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(ShortInProcessConfig))]
public class AnalyzerBenchmarks
{
    private Compilation _compilation = null!;
    private AnalyzerOptions _options = null!;
    private ImmutableArray<DiagnosticAnalyzer> _twister;
    private ImmutableArray<DiagnosticAnalyzer> _empty;

    [GlobalSetup]
    public void Setup()
    {
        _compilation = ConnectorProject.CreateCompilation();
        _options = new AnalyzerOptions(ConnectorProject.Baselines());
        _twister = TwisterAnalyzers.All();
        _empty = [new EmptySymbolActionAnalyzer()];
        var errors = _compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        if (errors.Count > 0) throw new InvalidOperationException("The synthetic project does not compile: " + errors[0]);
    }

    [Benchmark(Baseline = true, Description = "compiler only")]
    public int CompilerOnly() => _compilation.Clone().GetDiagnostics().Length;

    [Benchmark(Description = "compiler + empty analyzer")]
    public int WithEmptyAnalyzer() => Run(_empty);

    [Benchmark(Description = "compiler + Twister analyzers")]
    public int WithTwisterAnalyzers() => Run(_twister);

    private int Run(ImmutableArray<DiagnosticAnalyzer> analyzers)
        => _compilation.Clone().WithAnalyzers(analyzers, _options).GetAllDiagnosticsAsync().GetAwaiter().GetResult().Length;
}

/// <summary>
/// A short, in-process job: each operation takes seconds, so a few monitored iterations are
/// enough, and the machine is shared (no separate build of the benchmark, no long runs).
/// </summary>
public sealed class ShortInProcessConfig : ManualConfig
{
    public ShortInProcessConfig()
        => AddJob(Job.Default
            .WithStrategy(RunStrategy.Monitoring)
            .WithLaunchCount(1)
            .WithWarmupCount(2)
            .WithIterationCount(8)
            .WithToolchain(InProcessEmitToolchain.Instance));
}
