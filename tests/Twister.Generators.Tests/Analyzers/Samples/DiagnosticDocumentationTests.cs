using Twister.Generators.Tests.Analyzers.Infrastructure;
using Twister.Generators.Tests.Infrastructure;

namespace Twister.Generators.Tests.Analyzers.Samples;

/// <summary>Every diagnostic the package reports has its docs page, release entry and rows in the rules tables, all saying the same severity.</summary>
public sealed class DiagnosticDocumentationTests
{
    private static readonly string Root = RepositoryPaths.Root();

    public static TheoryData<string> Ids
    {
        get
        {
            var data = new TheoryData<string>();
            foreach (var id in AllAnalyzers.Create().SelectMany(a => a.SupportedDiagnostics).Select(d => d.Id).Distinct().Order(StringComparer.Ordinal)) data.Add(id);
            return data;
        }
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void The_diagnostic_is_documented_released_and_listed(string id)
    {
        var descriptors = AllAnalyzers.Create().SelectMany(a => a.SupportedDiagnostics).Where(d => d.Id == id).ToList();
        var severity = descriptors[0].DefaultSeverity.ToString();
        Assert.All(descriptors, d => Assert.Equal(severity, d.DefaultSeverity.ToString()));
        Assert.All(descriptors, d => Assert.EndsWith($"docs/diagnostics/{id}.md", d.HelpLinkUri, StringComparison.Ordinal));

        var page = File.ReadAllText(Path.Combine(Root, "docs", "diagnostics", id + ".md"));
        Assert.StartsWith($"# {id}: {descriptors[0].Title}", page, StringComparison.Ordinal);
        Assert.Contains($"| Severity | {severity} |", page, StringComparison.Ordinal);
        foreach (var section in new[] { "## What it catches", "## Example", "## How to fix", "## How to suppress" })
            Assert.Contains(section, page, StringComparison.Ordinal);

        var release = File.ReadAllLines(Path.Combine(Root, "src", "Twister.Generators", "AnalyzerReleases.Unshipped.md"));
        Assert.Contains(release, line => line.StartsWith($"{id} |", StringComparison.Ordinal) && line.Contains($"| {severity} |", StringComparison.Ordinal));

        var analyzers = File.ReadAllLines(Path.Combine(Root, "docs", "analyzers.md"));
        Assert.Contains(analyzers, line => line.StartsWith($"| [{id}](diagnostics/{id}.md) |", StringComparison.Ordinal) && line.Contains($"| {severity} |", StringComparison.Ordinal));
        var readme = File.ReadAllLines(Path.Combine(Root, "README.md"));
        Assert.Contains(readme, line => line.StartsWith($"| [{id}](docs/diagnostics/{id}.md) |", StringComparison.Ordinal)
                                        && line.Contains($"| {severity.ToLowerInvariant()} |", StringComparison.Ordinal));
    }
}
