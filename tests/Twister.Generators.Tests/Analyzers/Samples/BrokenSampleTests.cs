using Twister.Generators.Analyzers;
using Twister.Generators.Tests.Analyzers.Infrastructure;
using Twister.Generators.Tests.Infrastructure;

namespace Twister.Generators.Tests.Analyzers.Samples;

/// <summary>
/// samples/Twister.Samples.Broken shows every rule firing; its expected-diagnostics.txt lists them
/// as <c>File.cs(line,column): ID</c>. Set TWISTER_UPDATE_EXPECTATIONS=1 to rewrite the file after an intended change.
/// </summary>
public sealed class BrokenSampleTests
{
    private static readonly string SampleFolder = Path.Combine(RepositoryPaths.Root(), "samples", "Twister.Samples.Broken");
    private static readonly string ExpectationsFile = Path.Combine(SampleFolder, "expected-diagnostics.txt");

    [Fact]
    public async Task The_broken_sample_reports_exactly_its_expected_diagnostics()
    {
        var actual = await RunAsync();
        if (Environment.GetEnvironmentVariable("TWISTER_UPDATE_EXPECTATIONS") == "1")
            File.WriteAllText(ExpectationsFile, string.Join("\n", actual) + "\n");

        var expected = File.ReadAllLines(ExpectationsFile).Where(l => l.Length > 0).ToArray();
        Assert.Equal(expected, actual);
    }

    [Fact]
    public async Task Every_Twister_rule_fires_in_the_broken_sample()
    {
        var fired = (await RunAsync()).Select(l => l.Substring(l.LastIndexOf(' ') + 1)).ToHashSet();
        var all = typeof(DiagnosticIds).GetFields().Select(f => (string)f.GetRawConstantValue()!);
        var silent = all.Where(id => !fired.Contains(id)).ToArray();
        Assert.True(silent.Length == 0, "Rules that never fire in the broken sample: " + string.Join(", ", silent));
    }

    private static async Task<string[]> RunAsync()
    {
        var sources = Directory.GetFiles(SampleFolder, "*.cs").Select(p => (Path.GetFileName(p), File.ReadAllText(p)));
        var baselines = Directory.GetFiles(SampleFolder, "Callbacks.*.txt").Select(p => (p, File.ReadAllText(p)));
        var (errors, diagnostics) = await AllAnalyzers.RunAsync(sources, baselines);
        Assert.Empty(errors);
        return diagnostics
            .Select(d => $"{Path.GetFileName(d.Location.GetLineSpan().Path)}({d.Location.GetLineSpan().StartLinePosition.Line + 1},{d.Location.GetLineSpan().StartLinePosition.Character + 1}): {d.Id}")
            .OrderBy(l => l, StringComparer.Ordinal)
            .ToArray();
    }
}
