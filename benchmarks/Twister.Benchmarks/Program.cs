using BenchmarkDotNet.Running;
using Twister.Benchmarks.Generator;

if (args is ["timings", ..])
{
    var edits = args.Length > 2 ? int.Parse(args[2]) : 10;
    foreach (var count in args.Length > 1 ? [int.Parse(args[1])] : new[] { 100, 1000 }) GeneratorTimings.Run(count, edits);
    return;
}

if (args is ["cold", ..])
{
    var runs = args.Length > 2 ? int.Parse(args[2]) : 5;
    foreach (var count in args.Length > 1 ? [int.Parse(args[1])] : new[] { 100, 1000 }) GeneratorColdTimings.Run(count, runs);
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(GeneratorBenchmarks).Assembly).Run(args);
