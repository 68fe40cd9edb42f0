using System.Diagnostics;

namespace Twister.Analyzers.Benchmarks.Build;

/// <summary>
/// Compile time as a build measures it: real <c>dotnet build</c>s of <see cref="BuildProject"/>,
/// the configurations alternating round by round (round 0 warms the compiler server and is
/// dropped), each build forced to compile by touching a source file. Reports per configuration
/// the <c>Csc</c> task time, the compiler server's processor time for the build, and the compiler's
/// analyzer and generator totals (medians, min–max),
/// and the ratios D/C, E/C and B/A of the same run. Every build must succeed without warnings and
/// without Twister diagnostics; a last build adds a broken file and must report them.
/// </summary>
internal static class BuildComparison
{
    /// <param name="rounds">Measured rounds (round 0 is added to warm up).</param>
    /// <param name="letters">The configurations to build (all when empty); ratios need both of their configurations.</param>
    public static void Run(int rounds, IReadOnlyCollection<string> letters)
    {
        if (rounds < 1) throw new ArgumentOutOfRangeException(nameof(rounds), "at least one measured round (round 0 only warms up)");
        var unknown = letters.Except(BuildConfiguration.All.Select(c => c.Letter)).ToList();
        if (unknown.Count > 0)
            throw new ArgumentException($"--only names no configuration '{string.Join("', '", unknown)}'; the configurations are {string.Join(", ", BuildConfiguration.All.Select(c => c.Letter))}", nameof(letters));
        var project = BuildProject.Write();
        var server = new CompilerServer();
        Console.WriteLine($"project: {project.Directory}");
        try
        {
            Dotnet(project, ["restore"]).ThrowIfFailed("restore");
            var configurations = BuildConfiguration.All.Where(c => letters.Count == 0 || letters.Contains(c.Letter)).ToList();
            var results = configurations.ToDictionary(c => c.Letter, _ => new List<BuildResult>());
            for (var round = 0; round <= rounds; round++)
            {
                foreach (var configuration in configurations)
                {
                    var result = Build(project, [.. configuration.Properties, .. server.BuildProperties], server);
                    Console.WriteLine($"round {round} {configuration.Letter}: Csc {result.CscMs:F0} ms (compiler CPU {result.CompilerCpuMs:F0} ms), analyzers {result.AnalyzersMs:F0} ms (Twister {result.TwisterAnalyzersMs:F0} ms), generators {result.GeneratorsMs:F0} ms, "
                        + $"{result.Warnings} warnings, {result.Errors} errors, {result.TwisterDiagnostics} TWIST");
                    // Round 0 shows the cold compiler server, the last round a warm one.
                    if (round == 0 || round == rounds) PrintAnalyzers(configuration, result);
                    if (!result.Succeeded || result.Warnings > 0 || result.Errors > 0)
                        throw new InvalidOperationException($"configuration {configuration.Letter} did not compile clean; see {project.Directory}");
                    if (round > 0) results[configuration.Letter].Add(result);
                }
            }

            var broken = Build(project, [.. BuildConfiguration.All.Single(c => c.Letter == "D").Properties, .. server.BuildProperties, "BenchBroken=true"], server);
            Console.WriteLine($"check: D with broken/Broken.cs reports {broken.TwisterDiagnostics} TWIST diagnostics (must be > 0)");
            if (broken.TwisterDiagnostics == 0) throw new InvalidOperationException("the Twister analyzers reported nothing on the broken file: they did not run");

            Print(rounds, configurations, results);
        }
        finally
        {
            Console.WriteLine($"compiler server processes stopped: {server.Stop()} (1 means the builds shared one server)");
            project.Delete();
        }
    }

    private static BuildResult Build(BuildProject project, IReadOnlyList<string> properties, CompilerServer server)
    {
        File.SetLastWriteTimeUtc(project.TouchedFile, DateTime.UtcNow);
        var cpuBefore = server.ProcessorTime();
        var arguments = new List<string> { "build", "--no-restore", "-nologo", "-nodeReuse:false", "-v:detailed", "-clp:PerformanceSummary", "-p:ReportAnalyzer=true" };
        arguments.AddRange(properties.Select(p => "-p:" + p));
        var (exitCode, output) = Dotnet(project, arguments);
        return BuildResult.Parse(exitCode, output) with { CompilerCpuMs = (server.ProcessorTime() - cpuBefore).TotalMilliseconds };
    }

    private static (int ExitCode, string Output) Dotnet(BuildProject project, IReadOnlyList<string> arguments)
    {
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = project.Directory, RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(arguments[0]);
        start.ArgumentList.Add(project.ProjectPath);
        foreach (var argument in arguments.Skip(1)) start.ArgumentList.Add(argument);
        // Outside the repository: import no Directory.Build.props/targets or central package versions from parent folders.
        start.ArgumentList.Add("-p:ImportDirectoryBuildProps=false");
        start.ArgumentList.Add("-p:ImportDirectoryBuildTargets=false");
        start.ArgumentList.Add("-p:ImportDirectoryPackagesProps=false");
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_CLI_UI_LANGUAGE"] = "en";
        start.Environment["MSBUILDDISABLENODEREUSE"] = "1";
        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, output + error.Result);
    }

    private static void ThrowIfFailed(this (int ExitCode, string Output) run, string step)
    {
        if (run.ExitCode != 0) throw new InvalidOperationException($"dotnet {step} failed:\n{run.Output}");
    }

    private static void PrintAnalyzers(BuildConfiguration configuration, BuildResult result)
    {
        Console.WriteLine($"  analyzers the compiler ran in {configuration.Letter} (/reportanalyzer):");
        foreach (var line in result.AnalyzerLines) Console.WriteLine("    " + line);
    }

    private static void Print(int rounds, IReadOnlyList<BuildConfiguration> configurations, Dictionary<string, List<BuildResult>> results)
    {
        double Median(string letter, Func<BuildResult, double> measure) => Samples.MedianOf(results[letter].Select(measure));
        string Spread(string letter, Func<BuildResult, double> measure) => $"{results[letter].Min(measure):F0}–{results[letter].Max(measure):F0}";

        Console.WriteLine();
        Console.WriteLine($"{ConnectorProject.FileCount + 1} files; medians of {rounds} alternating rounds (min–max); {Environment.ProcessorCount} cores");
        Console.WriteLine("| configuration | Csc ms | compiler CPU ms | analyzers ms (/reportanalyzer) | of which Twister ms | Twister / Csc | generators ms | TWIST diagnostics |");
        Console.WriteLine("|---|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var c in configurations)
        {
            Console.WriteLine($"| {c.Letter}: {c.Description} | {Median(c.Letter, r => r.CscMs):F0} ({Spread(c.Letter, r => r.CscMs)}) "
                + $"| {Median(c.Letter, r => r.CompilerCpuMs):F0} ({Spread(c.Letter, r => r.CompilerCpuMs)}) "
                + $"| {Median(c.Letter, r => r.AnalyzersMs):F0} ({Spread(c.Letter, r => r.AnalyzersMs)}) "
                + $"| {Median(c.Letter, r => r.TwisterAnalyzersMs):F0} ({Spread(c.Letter, r => r.TwisterAnalyzersMs)}) "
                + $"| {Median(c.Letter, r => r.TwisterAnalyzersMs / r.CscMs):P1} "
                + $"| {Median(c.Letter, r => r.GeneratorsMs):F0} ({Spread(c.Letter, r => r.GeneratorsMs)}) "
                + $"| {results[c.Letter].Max(r => r.TwisterDiagnostics)} |");
        }
        Console.WriteLine();
        foreach (var (over, under) in new[] { ("D", "C"), ("E", "C"), ("B", "A") }.Where(p => results.ContainsKey(p.Item1) && results.ContainsKey(p.Item2)))
        {
            Console.WriteLine($"{over}/{under}: Csc {Median(over, r => r.CscMs) / Median(under, r => r.CscMs):F3} (medians); "
                + $"per round {string.Join(", ", results[over].Zip(results[under], (o, u) => (o.CscMs / u.CscMs).ToString("F3")))}");
            Console.WriteLine($"{over}/{under}: compiler CPU {Median(over, r => r.CompilerCpuMs) / Median(under, r => r.CompilerCpuMs):F3} (medians); "
                + $"per round {string.Join(", ", results[over].Zip(results[under], (o, u) => (o.CompilerCpuMs / u.CompilerCpuMs).ToString("F3")))}");
        }
    }
}
