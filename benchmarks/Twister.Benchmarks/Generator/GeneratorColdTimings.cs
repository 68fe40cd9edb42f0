using System.Diagnostics;
using Microsoft.CodeAnalysis;
using Twister.Generators.Connectors;
using Twister.Generators.LinkTypes;

namespace Twister.Benchmarks.Generator;

/// <summary>
/// First runs, as a command-line build does them: every run gets freshly parsed syntax trees, a new
/// compilation and new generator instances, so nothing (bound symbols, Twister's per-tree summaries)
/// survives from an earlier run. Twister and STJ alternate run by run. Run with <c>-- cold [count] [runs]</c>.
/// </summary>
public static class GeneratorColdTimings
{
    /// <summary>Prints the median cold time of each side and the per-callback / per-type ratio.</summary>
    public static void Run(int count, int runs)
    {
        var twister = new List<double>();
        var json = new List<double>();
        var stj = GeneratorWorkload.LoadSystemTextJsonGenerator();
        for (var run = 0; run <= runs; run++)
        {
            var twisterTime = Measure(GeneratorWorkload.Connectors(count), new ConnectorGenerator(), new LinkTypeGenerator());
            var jsonTime = Measure(GeneratorWorkload.JsonContexts(count), stj);
            if (run == 0) continue; // warms the JIT
            twister.Add(twisterTime);
            json.Add(jsonTime);
        }

        var perCallback = Median(twister) / (count * GeneratorWorkload.CallbacksPerConnector);
        var perType = Median(json) / (count * GeneratorWorkload.TypesPerContext);
        Console.WriteLine($"cold {count}: Twister median {Median(twister):F2} ms, STJ median {Median(json):F2} ms; per callback {perCallback:F4} ms, per STJ type {perType:F4} ms, ratio {perCallback / perType:F2}; per connector / per STJ context {GeneratorTimings.Ratio(perCallback, perType):F2}");
    }

    private static double Measure(Compilation compilation, params IIncrementalGenerator[] generators)
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        var clock = Stopwatch.StartNew();
        var driver = GeneratorWorkload.Driver(generators).RunGenerators(compilation);
        clock.Stop();
        if (driver.GetRunResult().GeneratedTrees.Length == 0) throw new InvalidOperationException("a generator produced nothing");
        return clock.Elapsed.TotalMilliseconds;
    }

    private static double Median(List<double> values) => values.Order().ToList()[values.Count / 2];
}
