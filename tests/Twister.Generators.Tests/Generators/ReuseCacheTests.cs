using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Twister.Generators.Common;
using Twister.Generators.Connectors;
using Twister.Generators.Tests.Infrastructure;

namespace Twister.Generators.Tests.Generators;

/// <summary>Edits that cannot affect a connector do not bind it again; the ones that can, bind only what they touch.</summary>
public sealed class ReuseCacheTests
{
    private static string Connector(int i) => $$"""
        namespace Bench.C{{i}};

        public sealed record State{{i}}(string? Cursor, int Batch, bool Initial);

        [Connector("c{{i}}")]
        public sealed partial class Connector{{i}} : Connector<Connector{{i}}>
        {
        {{ReuseHarness.Overrides}}
            [Callback]
            private async Task Sync(string channelId, CancellationToken ct) => await Store.SetAsync("s", new State{{i}}(null, 1, true), ct);

            [Callback]
            private async Task Page(string channelId, int page, CancellationToken ct) => _ = await Store.GetAsync<State{{i}}>(channelId, ct);
        }
        """;

    private static string Unrelated(int version) => $"namespace Bench.Other; public static class Unrelated {{ public static int Value => {version}; }}";

    [Fact]
    public void The_benchmarks_unrelated_edit_binds_no_connector_again()
    {
        var harness = new ReuseHarness(Connector(0), Connector(1), Connector(2), Unrelated(0));
        Assert.Equal(3, harness.Generator.Reuse.Binds);

        harness.Run(ReuseHarness.Replace(3, Unrelated(1)));
        harness.Run(ReuseHarness.Replace(3, Unrelated(2)));

        Assert.Equal(3, harness.Generator.Reuse.Binds);
        Assert.Equal(3, harness.Files.Count);
    }

    [Theory]
    [InlineData("false", 9)]
    [InlineData("true", 3)]
    public void The_TwisterGeneratorReuse_property_set_to_false_binds_every_connector_on_every_compilation(string value, int expectedBinds)
    {
        var generator = new ConnectorGenerator();
        var compilation = TestCompilation.Create([.. new[] { Connector(0), Connector(1), Connector(2), Unrelated(0) }.Select(s => TestSources.Usings + s)]);
        GeneratorDriver driver = CSharpGeneratorDriver.Create(
            [generator.AsSourceGenerator()], parseOptions: TestCompilation.ParseOptions, optionsProvider: new BuildProperties("build_property.TwisterGeneratorReuse", value));

        driver = driver.RunGenerators(compilation);
        driver = driver.RunGenerators(ReuseHarness.Replace(3, Unrelated(1))(compilation));
        driver = driver.RunGenerators(ReuseHarness.Replace(3, Unrelated(2))(compilation));

        Assert.Equal(expectedBinds, generator.Reuse.Binds);
        Assert.Equal(3, driver.GetRunResult().GeneratedTrees.Length);
    }

    [Fact]
    public void A_file_added_to_an_existing_namespace_binds_no_connector_again()
    {
        var harness = new ReuseHarness(Connector(0), Connector(1));

        harness.Run(ReuseHarness.Add("namespace Bench.C0; internal static class Helper { public static int Twice(int x) => 2 * x; }"));

        Assert.Equal(2, harness.Generator.Reuse.Binds);
    }

    [Fact]
    public void An_edit_in_one_connectors_file_binds_only_that_connector()
    {
        var harness = new ReuseHarness(Connector(0), Connector(1), Connector(2));

        harness.Run(ReuseHarness.Replace(1, Connector(1).Replace("1, true", "2, true", StringComparison.Ordinal)));

        Assert.Equal(4, harness.Generator.Reuse.Binds);
    }

    [Fact]
    public void Reused_models_are_the_same_objects_and_their_outputs_stay_cached()
    {
        var harness = new ReuseHarness(Connector(0), Unrelated(0));
        var driver = GeneratorHarness.CreateDriver(harness.Generator).RunGenerators(harness.Compilation);
        var first = Model(driver.GetRunResult());

        var result = driver.RunGenerators(ReuseHarness.Replace(1, Unrelated(1))(harness.Compilation)).GetRunResult();

        Assert.Same(first, Model(result));
        Assert.All(result.Results.SelectMany(r => r.TrackedOutputSteps).SelectMany(s => s.Value).SelectMany(s => s.Outputs), o => Assert.Equal(IncrementalStepRunReason.Cached, o.Reason));
    }

    [Fact]
    public void The_cache_does_not_keep_dropped_syntax_trees_alive()
    {
        var generator = new ConnectorGenerator();
        var tree = RunAndDrop(generator);

        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();

        Assert.False(tree.IsAlive, "the reuse cache keeps a syntax tree alive");
        Assert.Equal(1, generator.Reuse.Binds);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static WeakReference RunAndDrop(ConnectorGenerator generator)
    {
        var compilation = TestCompilation.Create(TestSources.VersionTwo);
        Assert.Single(GeneratorHarness.CreateDriver(generator).RunGenerators(compilation).GetRunResult().GeneratedTrees);
        return new WeakReference(compilation.SyntaxTrees.Single());
    }

    private sealed class BuildProperties(string key, string value) : AnalyzerConfigOptionsProvider
    {
        public override AnalyzerConfigOptions GlobalOptions { get; } = new Options(key, value);

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => new Options("", "");

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => new Options("", "");

        private sealed class Options(string key, string value) : AnalyzerConfigOptions
        {
            public override bool TryGetValue(string name, [NotNullWhen(true)] out string? found)
            {
                found = name == key ? value : null;
                return found is not null;
            }
        }
    }

    private static object Model(GeneratorDriverRunResult result)
        => Assert.Single(result.Results.SelectMany(r => r.TrackedSteps[TrackingNames.ConnectorModel]).SelectMany(s => s.Outputs)).Value;
}
