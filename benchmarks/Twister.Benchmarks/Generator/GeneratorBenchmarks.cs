using BenchmarkDotNet.Attributes;
using Microsoft.CodeAnalysis;
using Twister.Generators.Connectors;
using Twister.Generators.LinkTypes;

namespace Twister.Benchmarks.Generator;

/// <summary>
/// The Twister generators (connectors and link types, as the package ships them) beside the SDK's
/// System.Text.Json generator on equivalent input, in the same process: a cold run, and a run after
/// an edit unrelated to connectors. Every edited run gets a new compilation, as in the IDE, so that no
/// side reuses symbols bound by an earlier iteration.
/// </summary>
[MemoryDiagnoser]
[WarmupCount(2)]
[IterationCount(8)]
[InvocationCount(1)]
public class GeneratorBenchmarks
{
    private Compilation _connectors = null!;
    private Compilation _connectorsEdited = null!;
    private int _edit;
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
        _connectorsWarm = Twister().RunGenerators(_connectors);
        _contexts = GeneratorWorkload.JsonContexts(Count);
        _contextsWarm = GeneratorWorkload.Driver(_stj).RunGenerators(_contexts);
        Check(_connectorsWarm, Count);
        Check(_contextsWarm, Count);
    }

    /// <summary>A new edit of the unrelated file on both sides, before every iteration.</summary>
    [IterationSetup]
    public void Edit()
    {
        _edit++;
        _connectorsEdited = GeneratorWorkload.EditUnrelated(_connectors, _edit);
        _contextsEdited = GeneratorWorkload.EditUnrelated(_contexts, _edit);
    }

    /// <summary>Twister, first run over the compilation.</summary>
    [Benchmark]
    public GeneratorDriver TwisterCold() => Twister().RunGenerators(_connectors);

    /// <summary>STJ, first run over the compilation.</summary>
    [Benchmark]
    public GeneratorDriver StjCold() => GeneratorWorkload.Driver(_stj).RunGenerators(_contexts);

    /// <summary>Twister, re-run after an unrelated edit.</summary>
    [Benchmark]
    public GeneratorDriver TwisterUnrelatedEdit() => _connectorsWarm.RunGenerators(_connectorsEdited);

    /// <summary>STJ, re-run after an unrelated edit.</summary>
    [Benchmark]
    public GeneratorDriver StjUnrelatedEdit() => _contextsWarm.RunGenerators(_contextsEdited);

    private static GeneratorDriver Twister() => GeneratorWorkload.Driver(new ConnectorGenerator(), new LinkTypeGenerator());

    // A benchmark of a generator that silently produced nothing would measure nothing.
    private static void Check(GeneratorDriver driver, int count)
    {
        var generated = driver.GetRunResult().GeneratedTrees.Length;
        if (generated < count) throw new InvalidOperationException($"expected at least {count} generated files, got {generated}");
    }
}
