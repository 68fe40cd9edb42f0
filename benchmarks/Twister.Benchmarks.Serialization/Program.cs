using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Running;

BenchmarkSwitcher.FromAssembly(typeof(Twister.Benchmarks.Serialization.SerializerBenchmarks).Assembly)
    .Run(args, DefaultConfig.Instance.WithOptions(ConfigOptions.JoinSummary).AddLogicalGroupRules(BenchmarkLogicalGroupRule.ByCategory));
