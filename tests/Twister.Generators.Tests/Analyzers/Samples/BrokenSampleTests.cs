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

    // Sources by their path in the sample; baseline files by name.
    private static string Shown(string path) => path.EndsWith(".txt", StringComparison.Ordinal) ? Path.GetFileName(path) : path;

    private static async Task<string[]> RunAsync()
    {
        var sources = Directory.GetFiles(SampleFolder, "*.cs", SearchOption.AllDirectories)
            .Where(p => !p.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}") && !p.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}"))
            .Select(p => (Path.GetRelativePath(SampleFolder, p).Replace('\\', '/'), File.ReadAllText(p)));
        var baselines = Directory.GetFiles(SampleFolder, "*.txt")
            .Where(p => Path.GetFileName(p).StartsWith("Callbacks.", StringComparison.Ordinal) || Path.GetFileName(p).StartsWith("State.", StringComparison.Ordinal))
            .Select(p => (p, File.ReadAllText(p)));
        // As `dotnet build` does: the generators' output (Tools, Callbacks) is part of the compilation.
        var (errors, diagnostics) = await AllAnalyzers.RunAsync(sources, baselines, runGenerators: true);
        Assert.Empty(errors);
        return diagnostics
            .Select(d => $"{Shown(d.Location.GetLineSpan().Path)}({d.Location.GetLineSpan().StartLinePosition.Line + 1},{d.Location.GetLineSpan().StartLinePosition.Character + 1}): {d.Id}")
            .OrderBy(l => l, StringComparer.Ordinal)
            .ToArray();
    }
}
