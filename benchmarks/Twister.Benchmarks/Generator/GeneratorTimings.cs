using System.Diagnostics;
using Microsoft.CodeAnalysis;
using Twister.Generators.Connectors;
using Twister.Generators.LinkTypes;

namespace Twister.Benchmarks.Generator;

/// <summary>
/// A quick cross-check of <see cref="GeneratorBenchmarks"/> that reads the driver's own clocks: the time
/// spent inside each generator (<see cref="GeneratorTiming.ElapsedTime"/>) beside the whole run
/// (<see cref="GeneratorDriverTimingInfo.ElapsedTime"/>), for unrelated edits, each on a new compilation.
/// Run with <c>-- timings [count] [edits]</c>.
/// </summary>
public static class GeneratorTimings
{
    /// <summary>Prints median timings per side and the per-callback / per-type ratio.</summary>
    public static void Run(int count, int edits)
    {
        var stj = GeneratorWorkload.LoadSystemTextJsonGenerator();
        var twister = Measure("Twister", GeneratorWorkload.Connectors(count), count, edits, new ConnectorGenerator(), new LinkTypeGenerator());
        var json = Measure("STJ", GeneratorWorkload.JsonContexts(count), count, edits, stj);
        var perCallback = twister / (count * GeneratorWorkload.CallbacksPerConnector);
        var perType = json / (count * GeneratorWorkload.TypesPerContext);
        Console.WriteLine($"count {count}: per callback {perCallback:F4} ms, per STJ type {perType:F4} ms, ratio {perCallback / perType:F2}");
    }

    // Returns the median time spent inside the generators on an unrelated edit, in milliseconds.
    private static double Measure(string label, Compilation compilation, int count, int edits, params IIncrementalGenerator[] generators)
    {
        var driver = GeneratorWorkload.Driver(generators).RunGenerators(compilation);
        if (driver.GetRunResult().GeneratedTrees.Length < count) throw new InvalidOperationException($"{label}: expected at least {count} generated files");

        var inside = new List<double>();
        var total = new List<double>();
        var wall = new List<double>();
        for (var edit = 1; edit <= edits; edit++)
        {
            var edited = GeneratorWorkload.EditUnrelated(compilation, edit);
            var clock = Stopwatch.StartNew();
            var timing = driver.RunGenerators(edited).GetTimingInfo();
            wall.Add(clock.Elapsed.TotalMilliseconds);
            total.Add(timing.ElapsedTime.TotalMilliseconds);
            inside.Add(timing.GeneratorTimes.Sum(g => g.ElapsedTime.TotalMilliseconds));
        }
        // the first edit warms the JIT
        inside.RemoveAt(0);
        total.RemoveAt(0);
        wall.RemoveAt(0);
        Console.WriteLine($"{label,-8} {count,5}: inside generators {Median(inside),8:F2} ms, driver {Median(total),8:F2} ms, wall {Median(wall),8:F2} ms");
        return Median(wall);
    }

    private static double Median(List<double> values)
    {
        values.Sort();
        return values[values.Count / 2];
    }
}
