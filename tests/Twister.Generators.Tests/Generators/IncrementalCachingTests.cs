using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Twister.Generators.Common;
using Twister.Generators.Connectors;
using Twister.Generators.Connectors.Model;
using Twister.Generators.LinkTypes;
using Twister.Generators.Tests.Infrastructure;

namespace Twister.Generators.Tests.Generators;

/// <summary>
/// Edits that do not change a connector's model leave every output cached (the generator keeps no state:
/// the transform runs again and the driver compares models); a relevant edit touches one output only.
/// </summary>
public sealed class IncrementalCachingTests
{
    private static readonly string SecondConnector = TestSources.VersionOne.Replace("VersionedConnector", "SecondConnector", StringComparison.Ordinal).Replace("Sample.Versions", "Sample.Second", StringComparison.Ordinal).Replace("\"versions\"", "\"second\"", StringComparison.Ordinal);

    [Fact]
    public void A_new_unrelated_file_leaves_every_output_cached()
    {
        var (driver, compilation) = FirstRun(TestSources.VersionTwo);

        var edited = compilation.AddSyntaxTrees(Parse("namespace Other; public sealed class Unrelated { public int Value { get; set; } }"));

        AssertAllCached(driver.RunGenerators(edited).GetRunResult());
    }

    [Fact]
    public void Editing_an_unrelated_file_leaves_every_output_of_both_generators_cached()
    {
        // The generator benchmark's edit: a new compilation in which only an unrelated file changed.
        var compilation = TestCompilation.Create(TestSources.Kinds, TestSources.LinkType, Unrelated(0));
        var driver = GeneratorHarness.CreateDriver(new ConnectorGenerator(), new LinkTypeGenerator()).RunGenerators(compilation);
        Assert.Equal(2, driver.GetRunResult().GeneratedTrees.Length);

        for (var version = 1; version <= 2; version++)
        {
            var unrelated = compilation.SyntaxTrees.Last();
            compilation = compilation.ReplaceSyntaxTree(unrelated, unrelated.WithChangedText(Microsoft.CodeAnalysis.Text.SourceText.From(Unrelated(version))));
            driver = driver.RunGenerators(compilation);

            var result = driver.GetRunResult();
            var steps = result.Results.SelectMany(r => r.TrackedSteps.Where(s => s.Key is TrackingNames.ConnectorModel or TrackingNames.LinkTypeModel).SelectMany(s => s.Value));
            Assert.Equal(2, steps.SelectMany(step => step.Outputs).Count());
            AssertAllCached(result);
        }
    }

    [Fact]
    public void Editing_a_stored_record_in_another_file_modifies_the_connector_output()
    {
        const string Record = "namespace Sample.Versions; public sealed record Cursor(string? Next, int Page);";
        var connector = TestSources.VersionTwo.Replace("private void Ping(long count)", "private void Ping(Cursor count)", StringComparison.Ordinal);
        var (driver, compilation) = FirstRun(connector, Record);

        var record = compilation.SyntaxTrees.Last();
        var edited = compilation.ReplaceSyntaxTree(record, record.WithChangedText(Microsoft.CodeAnalysis.Text.SourceText.From(Record.Replace("int Page", "int Page, bool Last = false", StringComparison.Ordinal))));
        var result = driver.RunGenerators(edited).GetRunResult();

        Assert.Equal(IncrementalStepRunReason.Modified, ModelReasons(result)["VersionedConnector"]);
        Assert.Contains("\"last\"", result.GeneratedTrees.Single().ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void An_unrelated_member_in_the_connector_file_leaves_every_output_cached()
    {
        var (driver, compilation) = FirstRun(TestSources.VersionTwo);

        var edited = Replace(compilation, TestSources.VersionTwo + "\npublic sealed class Neighbour { public string Name { get; set; } = \"\"; }\n");

        AssertAllCached(driver.RunGenerators(edited).GetRunResult());
    }

    [Fact]
    public void A_method_body_edit_leaves_every_output_cached()
    {
        var (driver, compilation) = FirstRun(TestSources.VersionTwo);

        var edited = Replace(compilation, TestSources.VersionTwo.Replace("=> Task.CompletedTask;", "{ _ = channel; return Task.CompletedTask; }", StringComparison.Ordinal));

        AssertAllCached(driver.RunGenerators(edited).GetRunResult());
    }

    [Fact]
    public void A_second_connector_is_new_and_the_first_stays_cached()
    {
        var (driver, compilation) = FirstRun(TestSources.VersionTwo);

        var result = driver.RunGenerators(compilation.AddSyntaxTrees(Parse(SecondConnector))).GetRunResult();

        var reasons = ModelReasons(result);
        Assert.Equal(IncrementalStepRunReason.New, reasons["SecondConnector"]);
        Assert.Contains(reasons["VersionedConnector"], new[] { IncrementalStepRunReason.Cached, IncrementalStepRunReason.Unchanged });
        Assert.Equal(2, result.GeneratedTrees.Length);
    }

    [Fact]
    public void A_relevant_edit_modifies_only_the_touched_connector()
    {
        var (driver, compilation) = FirstRun(TestSources.VersionTwo, SecondConnector);

        var edited = Replace(compilation, TestSources.VersionTwo.Replace("string label = \"none\"", "string label = \"changed\"", StringComparison.Ordinal));
        var result = driver.RunGenerators(edited).GetRunResult();

        var reasons = ModelReasons(result);
        Assert.Equal(IncrementalStepRunReason.Modified, reasons["VersionedConnector"]);
        Assert.Contains(reasons["SecondConnector"], new[] { IncrementalStepRunReason.Cached, IncrementalStepRunReason.Unchanged });
        var outputs = OutputReasons(result);
        Assert.Equal(1, outputs.Count(r => r == IncrementalStepRunReason.Modified));
        Assert.All(outputs.Where(r => r != IncrementalStepRunReason.Modified), r => Assert.Contains(r, new[] { IncrementalStepRunReason.Cached, IncrementalStepRunReason.Unchanged }));
    }

    private static (GeneratorDriver Driver, Compilation Compilation) FirstRun(params string[] sources)
    {
        var compilation = TestCompilation.Create(sources);
        var driver = GeneratorHarness.CreateDriver(new ConnectorGenerator()).RunGenerators(compilation);
        Assert.All(OutputReasons(driver.GetRunResult()), r => Assert.Equal(IncrementalStepRunReason.New, r));
        return (driver, compilation);
    }

    private static string Unrelated(int version) => $"namespace Other; public static class Unrelated {{ public static int Value => {version}; }}";

    private static SyntaxTree Parse(string source) => CSharpSyntaxTree.ParseText(source, TestCompilation.ParseOptions, path: "Added.cs");

    // The first tree is always the connector under edit (Source0.cs).
    private static Compilation Replace(Compilation compilation, string newText)
    {
        var old = compilation.SyntaxTrees.First();
        return compilation.ReplaceSyntaxTree(old, old.WithChangedText(Microsoft.CodeAnalysis.Text.SourceText.From(newText)));
    }

    private static void AssertAllCached(GeneratorDriverRunResult result)
    {
        var reasons = OutputReasons(result).Concat(ModelReasons(result).Values).ToList();
        Assert.NotEmpty(reasons);
        Assert.All(reasons, r => Assert.Contains(r, new[] { IncrementalStepRunReason.Cached, IncrementalStepRunReason.Unchanged }));
    }

    private static IReadOnlyList<IncrementalStepRunReason> OutputReasons(GeneratorDriverRunResult result)
        => [.. result.Results.SelectMany(r => r.TrackedOutputSteps).SelectMany(s => s.Value).SelectMany(step => step.Outputs).Select(o => o.Reason)];

    private static Dictionary<string, IncrementalStepRunReason> ModelReasons(GeneratorDriverRunResult result)
        => result.Results.SelectMany(r => r.TrackedSteps.TryGetValue(TrackingNames.ConnectorModel, out var steps) ? steps : [])
            .SelectMany(step => step.Outputs)
            .Where(o => o.Value is ConnectorModel)
            .ToDictionary(o => ((ConnectorModel)o.Value).ClassName, o => o.Reason, StringComparer.Ordinal);
}
