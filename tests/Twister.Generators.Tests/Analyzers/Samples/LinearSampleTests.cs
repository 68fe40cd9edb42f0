using Twister.Generators.Connectors;
using Twister.Generators.LinkTypes;
using Twister.Generators.Tests.Analyzers.Infrastructure;
using Twister.Generators.Tests.Generators;
using Twister.Generators.Tests.Infrastructure;

namespace Twister.Generators.Tests.Analyzers.Samples;

/// <summary>
/// The seed's connector (samples/Twister.Samples.Linear), with its generated code and its callback
/// baselines, is clean under every Twister rule, including the info-level baseline rule.
/// </summary>
public sealed class LinearSampleTests
{
    private static readonly string Folder = Path.Combine(RepositoryPaths.Root(), "samples", "Twister.Samples.Linear");

    [Fact]
    public async Task The_Linear_sample_reports_no_Twister_diagnostic()
    {
        var baselines = Directory.GetFiles(Folder, "Callbacks.*.txt").Select(path => (path, File.ReadAllText(path))).ToArray();
        Assert.Equal(2, baselines.Length);

        var (errors, diagnostics) = await AllAnalyzers.RunAsync(SourcesWithGeneratedCode(), baselines);

        Assert.Empty(errors);
        Assert.Empty(diagnostics.Where(d => d.Id.StartsWith("TWIST", StringComparison.Ordinal)).Select(d => d.ToString()));
    }

    [Fact]
    public async Task Without_its_baseline_entries_the_sample_reports_each_unrecorded_callback()
    {
        var (_, diagnostics) = await AllAnalyzers.RunAsync(SourcesWithGeneratedCode(), [(Path.Combine(Folder, "Callbacks.Shipped.txt"), "")]);

        Assert.Equal(["TWIST1003", "TWIST1003"], diagnostics.Select(d => d.Id).Order(StringComparer.Ordinal));
    }

    // The sample as its build sees it: its sources plus what Twister's and System.Text.Json's generators add.
    private static IEnumerable<(string Path, string Text)> SourcesWithGeneratedCode()
    {
        var sources = SampleSources.Read();
        var generated = GeneratorHarness.Run(TestCompilation.Create(sources), new ConnectorGenerator(), new LinkTypeGenerator(), SdkGenerators.SystemTextJson).Files;
        return sources.Select((text, i) => ($"Sample{i}.cs", text)).Concat(generated.Select(file => (file.Key, file.Value)));
    }
}
