using BenchmarkDotNet.Running;
using Twister.Benchmarks.Generator;

if (args is ["timings", ..])
{
    var edits = args.Length > 2 ? int.Parse(args[2]) : 10;
    foreach (var count in args.Length > 1 ? [int.Parse(args[1])] : new[] { 100, 1000 }) GeneratorTimings.Run(count, edits);
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(GeneratorBenchmarks).Assembly).Run(args);
