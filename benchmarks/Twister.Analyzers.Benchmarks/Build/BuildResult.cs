using System.Globalization;
using System.Text.RegularExpressions;

namespace Twister.Analyzers.Benchmarks.Build;

/// <summary>
/// What one build reports: the <c>Csc</c> task's time (MSBuild's performance summary), the
/// compiler's own analyzer and generator totals (<c>/reportanalyzer</c>) and the Twister
/// analyzers' share of the analyzer total, the analyzer assemblies it ran, and the warnings and
/// errors (TWIST ones counted apart).
/// </summary>
internal sealed partial record BuildResult(
    bool Succeeded, double CscMs, double AnalyzersMs, double TwisterAnalyzersMs, double GeneratorsMs,
    int Warnings, int Errors, int TwisterDiagnostics, IReadOnlyList<string> AnalyzerLines)
{
    /// <summary>The compiler server's processor time during the build (<see cref="CompilerServer.ProcessorTime"/>).</summary>
    public double CompilerCpuMs { get; init; }

    /// <summary>Reads the console output of <c>dotnet build -v:detailed -clp:PerformanceSummary -p:ReportAnalyzer=true</c>.</summary>
    public static BuildResult Parse(int exitCode, string output)
    {
        var lines = output.Split('\n').Select(l => l.TrimEnd('\r')).ToList();
        var csc = lines.Select(l => CscTask().Match(l)).Where(m => m.Success).Select(m => Number(m.Groups[1].Value)).DefaultIfEmpty(double.NaN).Last();
        // MSBuild prints each diagnostic twice (as it happens, and in the summary): count distinct lines.
        var diagnostics = lines.Where(l => Diagnostic().IsMatch(l)).Select(l => l.Trim()).Distinct().ToList();
        var analyzers = AnalyzerSection(lines);
        return new BuildResult(
            exitCode == 0,
            csc,
            Seconds(lines, "Total analyzer execution time:"),
            AssemblyMs(analyzers, TwisterAssembly),
            Seconds(lines, "Total generator execution time:"),
            diagnostics.Count(l => l.Contains(": warning ", StringComparison.Ordinal)),
            diagnostics.Count(l => l.Contains(": error ", StringComparison.Ordinal)),
            diagnostics.Count(l => TwisterId().IsMatch(l)),
            analyzers);
    }

    private const string TwisterAssembly = "Twister.Generators, Version=";

    /// <summary>The time the report gives one analyzer assembly ("&lt;0.001" reads as 0), or 0 when it is not listed.</summary>
    private static double AssemblyMs(IReadOnlyList<string> analyzerSection, string assembly)
    {
        var line = analyzerSection.FirstOrDefault(l => l.Contains(assembly, StringComparison.Ordinal));
        var seconds = line?.Split(' ', StringSplitOptions.RemoveEmptyEntries)[0];
        return seconds is null || seconds.StartsWith('<') ? 0 : Number(seconds) * 1000;
    }

    private static double Seconds(List<string> lines, string label)
    {
        var line = lines.LastOrDefault(l => l.Contains(label, StringComparison.Ordinal));
        if (line is null) return 0; // the compiler prints no total when nothing of that kind ran
        var match = FirstNumber().Match(line[(line.IndexOf(label, StringComparison.Ordinal) + label.Length)..]);
        return match.Success ? Number(match.Value) * 1000 : double.NaN;
    }

    /// <summary>
    /// The compiler's analyzer report (between the analyzer total and the generator total), reduced
    /// to the total, one line per analyzer assembly, and the Twister and empty analyzers: which ran.
    /// </summary>
    private static IReadOnlyList<string> AnalyzerSection(List<string> lines)
    {
        var start = lines.FindIndex(l => l.Contains("Total analyzer execution time:", StringComparison.Ordinal));
        if (start < 0) return [];
        var section = new List<string>();
        for (var i = start; i < lines.Count && !lines[i].Contains("Total generator execution time:", StringComparison.Ordinal); i++)
        {
            var line = lines[i].Trim();
            if (line.Contains("Total ", StringComparison.Ordinal) || line.Contains("Version=", StringComparison.Ordinal)
                || line.Contains("Twister", StringComparison.Ordinal) || line.Contains("BENCH", StringComparison.Ordinal))
                section.Add(line);
        }
        return section;
    }

    private static double Number(string text) => double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture);

    [GeneratedRegex(@"^\s*(\d+) ms\s+Csc\s+\d+ calls")]
    private static partial Regex CscTask();

    [GeneratedRegex(@": (warning|error) [A-Z]+\d+")]
    private static partial Regex Diagnostic();

    [GeneratedRegex(@": (warning|error) TWIST\d{4}")]
    private static partial Regex TwisterId();

    [GeneratedRegex(@"\d+(\.\d+)?")]
    private static partial Regex FirstNumber();
}
