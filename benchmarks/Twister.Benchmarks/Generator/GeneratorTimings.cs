using System.Diagnostics;
using Microsoft.CodeAnalysis;
using Twister.Generators.Connectors;
using Twister.Generators.LinkTypes;

namespace Twister.Benchmarks.Generator;

/// <summary>
/// A quick cross-check of <see cref="GeneratorBenchmarks"/> that also reads the driver's own clock for the
/// time spent inside the generators (<see cref="GeneratorTiming.ElapsedTime"/>), on unrelated edits.
/// Every edit is a new compilation, and the Twister and STJ runs alternate edit by edit (after a
/// full garbage collection each) so that both sides share the same machine load. Run with
/// <c>-- timings [count] [edits]</c>.
/// </summary>
public static class GeneratorTimings
{
    /// <summary>Prints median timings per side and the per-callback / per-type ratio.</summary>
    public static void Run(int count, int edits)
    {
        var twister = new Side("Twister", GeneratorWorkload.Connectors(count), count, new ConnectorGenerator(), new LinkTypeGenerator());
        var json = new Side("STJ", GeneratorWorkload.JsonContexts(count), count, GeneratorWorkload.LoadSystemTextJsonGenerator());
        for (var edit = 1; edit <= edits; edit++)
        {
            twister.Measure(edit);
            json.Measure(edit);
        }

        var perCallback = twister.Report() / (count * GeneratorWorkload.CallbacksPerConnector);
        var perType = json.Report() / (count * GeneratorWorkload.TypesPerContext);
        Console.WriteLine($"count {count}: per callback {perCallback:F4} ms, per STJ type {perType:F4} ms, ratio {perCallback / perType:F2}; per connector / per STJ context {Ratio(perCallback, perType):F2}");
    }

    /// <summary>Per connector against per context, from the per-callback and per-type times.</summary>
    internal static double Ratio(double perCallback, double perType)
        => perCallback * GeneratorWorkload.CallbacksPerConnector / (perType * GeneratorWorkload.TypesPerContext);

    private sealed class Side
    {
        private readonly string _label;
        private readonly Compilation _compilation;
        private readonly int _count;
        private readonly GeneratorDriver _driver;
        private readonly List<double> _inside = [];
        private readonly List<double> _wall = [];

        public Side(string label, Compilation compilation, int count, params IIncrementalGenerator[] generators)
        {
            _label = label;
            _compilation = compilation;
            _count = count;
            _driver = GeneratorWorkload.Driver(generators).RunGenerators(compilation);
            if (_driver.GetRunResult().GeneratedTrees.Length < count) throw new InvalidOperationException($"{label}: expected at least {count} generated files");
        }

        public void Measure(int edit)
        {
            var edited = GeneratorWorkload.EditUnrelated(_compilation, edit);
            GC.Collect();
            GC.WaitForPendingFinalizers();
            var clock = Stopwatch.StartNew();
            var timing = _driver.RunGenerators(edited).GetTimingInfo();
            clock.Stop();
            if (edit == 1) return; // warms the JIT
            _wall.Add(clock.Elapsed.TotalMilliseconds);
            _inside.Add(timing.GeneratorTimes.Sum(g => g.ElapsedTime.TotalMilliseconds));
        }

        // Prints the medians and returns the wall-clock median in milliseconds.
        public double Report()
        {
            Console.WriteLine($"{_label,-8} {_count,5}: median {Median(_wall),8:F2} ms (inside generators {Median(_inside),8:F2} ms), min {_wall.Min(),8:F2} ms");
            return Median(_wall);
        }

        private static double Median(List<double> values)
        {
            var sorted = values.Order().ToList();
            return sorted[sorted.Count / 2];
        }
    }
}
