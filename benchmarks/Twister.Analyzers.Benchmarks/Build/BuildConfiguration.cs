namespace Twister.Analyzers.Benchmarks.Build;

/// <summary>One way of building <see cref="BuildProject"/>: a letter, what it means, and the MSBuild properties that select it.</summary>
internal sealed record BuildConfiguration(string Letter, string Description, IReadOnlyList<string> Properties)
{
    /// <summary>Whether the Twister analyzers run in this configuration (the Twister generators always do).</summary>
    public bool RunsTwisterAnalyzers => !Properties.Contains("BenchTwister=off");

    /// <summary>The configurations compared, in the order each round runs them.</summary>
    public static IReadOnlyList<BuildConfiguration> All { get; } =
    [
        new("C", "no analyzers (NET analyzers off, TWIST rules off; Twister generators run)", ["BenchNetAnalyzers=false", "BenchTwister=off"]),
        new("D", "C + Twister analyzers", ["BenchNetAnalyzers=false"]),
        new("E", "C + an empty symbol-action analyzer", ["BenchNetAnalyzers=false", "BenchTwister=off", "BenchEmpty=true"]),
        new("A", "SDK defaults (NET analyzers on) + Twister generators, TWIST rules off", ["BenchTwister=off"]),
        new("B", "A + Twister analyzers (what a connector project builds with)", []),
    ];
}
