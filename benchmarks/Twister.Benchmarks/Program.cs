using BenchmarkDotNet.Running;

BenchmarkSwitcher.FromAssembly(typeof(Twister.Benchmarks.Generator.GeneratorBenchmarks).Assembly).Run(args);
