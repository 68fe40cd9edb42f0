using BenchmarkDotNet.Attributes;
using Microsoft.CodeAnalysis;
using Twister.Generators.Connectors;

namespace Twister.Benchmarks.Generator;

/// <summary>
/// The Twister connector generator beside the SDK's System.Text.Json generator on equivalent input,
/// in the same process: a cold run, and a run after an edit unrelated to connectors.
/// </summary>
[MemoryDiagnoser]
[WarmupCount(2)]
[IterationCount(8)]
[InvocationCount(1)]
public class GeneratorBenchmarks
{
    private Compilation _connectors = null!;
    private Compilation _connectorsEdited = null!;
    private GeneratorDriver _connectorsWarm = null!;
    private Compilation _contexts = null!;
    private Compilation _contextsEdited = null!;
    private GeneratorDriver _contextsWarm = null!;
    private IIncrementalGenerator _stj = null!;

    /// <summary>Connectors (and STJ contexts) in the compilation.</summary>
    [Params(100, 1000)]
    public int Count { get; set; }

    /// <summary>Builds the compilations and the warm drivers.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _stj = GeneratorWorkload.LoadSystemTextJsonGenerator();
        _connectors = GeneratorWorkload.Connectors(Count);
        _connectorsEdited = GeneratorWorkload.EditUnrelated(_connectors, 1);
        _connectorsWarm = GeneratorWorkload.Driver(new ConnectorGenerator()).RunGenerators(_connectors);
        _contexts = GeneratorWorkload.JsonContexts(Count);
        _contextsEdited = GeneratorWorkload.EditUnrelated(_contexts, 1);
        _contextsWarm = GeneratorWorkload.Driver(_stj).RunGenerators(_contexts);
        Check(_connectorsWarm, Count);
        Check(_contextsWarm, Count);
    }

    /// <summary>Twister, first run over the compilation.</summary>
    [Benchmark]
    public GeneratorDriver TwisterCold() => GeneratorWorkload.Driver(new ConnectorGenerator()).RunGenerators(_connectors);

    /// <summary>STJ, first run over the compilation.</summary>
    [Benchmark]
    public GeneratorDriver StjCold() => GeneratorWorkload.Driver(_stj).RunGenerators(_contexts);

    /// <summary>Twister, re-run after an unrelated edit.</summary>
    [Benchmark]
    public GeneratorDriver TwisterUnrelatedEdit() => _connectorsWarm.RunGenerators(_connectorsEdited);

    /// <summary>STJ, re-run after an unrelated edit.</summary>
    [Benchmark]
    public GeneratorDriver StjUnrelatedEdit() => _contextsWarm.RunGenerators(_contextsEdited);

    // A benchmark of a generator that silently produced nothing would measure nothing.
    private static void Check(GeneratorDriver driver, int count)
    {
        var generated = driver.GetRunResult().GeneratedTrees.Length;
        if (generated < count) throw new InvalidOperationException($"expected at least {count} generated files, got {generated}");
    }
}
