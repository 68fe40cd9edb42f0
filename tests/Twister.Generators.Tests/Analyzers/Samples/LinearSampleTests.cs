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
        var baselines = Baselines().ToArray();
        Assert.Equal(4, baselines.Length);

        var (errors, diagnostics) = await AllAnalyzers.RunAsync(SourcesWithGeneratedCode(), baselines);

        Assert.Empty(errors);
        Assert.Empty(diagnostics.Where(d => d.Id.StartsWith("TWIST", StringComparison.Ordinal)).Select(d => d.ToString()));
    }

    [Fact]
    public async Task Without_its_baseline_entries_the_sample_reports_each_unrecorded_callback()
    {
        var (_, diagnostics) = await AllAnalyzers.RunAsync(SourcesWithGeneratedCode(), [(Path.Combine(Folder, "Callbacks.Shipped.txt"), ""), .. Baselines().Where(b => b.Path.Contains("State."))]);

        Assert.Equal(["TWIST1003", "TWIST1003"], diagnostics.Select(d => d.Id).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Breaking_the_rules_in_the_samples_static_mapper_is_reported_in_the_mapper()
    {
        // IssueActivity.From lives in a static class outside the connector; the connector's callbacks call it.
        var (errors, diagnostics) = await AllAnalyzers.RunAsync(
            SourcesWithGeneratedCode(text => text
                .Replace("public static string SourceOf(LinearIssue issue) => SourceOf(issue.Id);", "public static string SourceOf(LinearIssue issue) => SourceOf(issue.Identifier);")
                .Replace("new() { SyncProvider = \"linear\", ChannelId = channelId, ExternalId = issue.Id }", "new() { ChannelId = channelId, ExternalId = issue.Id }")),
            Baselines());

        Assert.Empty(errors);
        var found = diagnostics.Where(d => d.Id.StartsWith("TWIST", StringComparison.Ordinal))
            .Select(d => $"{d.Id} {d.Location.SourceTree!.GetText().ToString(d.Location.SourceSpan)}").Order(StringComparer.Ordinal);
        Assert.Equal(["TWIST2001 issue.Identifier", "TWIST2003 new"], found);
    }

    [Fact]
    public async Task Changing_the_shipped_state_record_is_reported()
    {
        var (_, diagnostics) = await AllAnalyzers.RunAsync(
            SourcesWithGeneratedCode(text => text.Replace("string? Cursor, int BatchNumber, bool InitialSync", "string? Cursor, long BatchNumber, bool InitialSync")),
            Baselines());
        Assert.Equal(["TWIST1010"], diagnostics.Where(d => d.Id.StartsWith("TWIST", StringComparison.Ordinal)).Select(d => d.Id));
    }

    // Its callback and state baselines, as the package's props add them.
    private static IEnumerable<(string Path, string Text)> Baselines()
        => Directory.GetFiles(Folder, "*.txt").Where(p => Path.GetFileName(p).StartsWith("Callbacks.", StringComparison.Ordinal) || Path.GetFileName(p).StartsWith("State.", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal).Select(path => (path, File.ReadAllText(path)));

    // The sample as its build sees it: its sources plus what Twister's and System.Text.Json's generators add.
    private static IEnumerable<(string Path, string Text)> SourcesWithGeneratedCode(Func<string, string>? edit = null)
    {
        var sources = SampleSources.Read().Select(edit ?? (text => text)).ToArray();
        var generated = GeneratorHarness.Run(TestCompilation.Create(sources), new ConnectorGenerator(), new LinkTypeGenerator(), SdkGenerators.SystemTextJson).Files;
        return sources.Select((text, i) => ($"Sample{i}.cs", text)).Concat(generated.Select(file => (file.Key, file.Value)));
    }
}
