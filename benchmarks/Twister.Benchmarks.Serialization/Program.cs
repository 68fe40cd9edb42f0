using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Running;

// `--interleaved [rounds] [name filter]`: the round-robin runner for a busy machine (see InterleavedRun).
if (args is ["--interleaved", ..])
{
    Twister.Benchmarks.Serialization.InterleavedRun.Run(
        args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 15, args.Length > 2 ? args[2] : "");
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(Twister.Benchmarks.Serialization.SerializerBenchmarks).Assembly)
    .Run(args, DefaultConfig.Instance.WithOptions(ConfigOptions.JoinSummary).AddLogicalGroupRules(BenchmarkLogicalGroupRule.ByCategory));
