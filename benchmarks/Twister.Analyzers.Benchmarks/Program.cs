using System.Collections.Immutable;
using BenchmarkDotNet.Running;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Twister.Analyzers.Benchmarks;
using Twister.Analyzers.Benchmarks.Build;

// `--check` runs the analyzers once and prints what they report (the synthetic project must be clean).
if (args.Contains("--check"))
{
    var compilation = ConnectorProject.CreateCompilation();
    var diagnostics = await compilation.WithAnalyzers(TwisterAnalyzers.All(), new AnalyzerOptions(ConnectorProject.Baselines()))
        .GetAllDiagnosticsAsync();
    foreach (var diagnostic in diagnostics.Where(d => d.Severity >= DiagnosticSeverity.Info)) Console.WriteLine(diagnostic);
    Console.WriteLine($"{compilation.SyntaxTrees.Count()} files, {diagnostics.Count(d => d.Id.StartsWith("TWIST", StringComparison.Ordinal))} Twister diagnostics");
    return;
}

// `--telemetry`: all Twister analyzers once, with the driver's own execution time per analyzer.
if (args.Contains("--telemetry"))
{
    var compilation = ConnectorProject.CreateCompilation();
    // `--telemetry Name` runs only the analyzers whose type name contains Name.
    var filter = args.SkipWhile(a => a != "--telemetry").Skip(1).FirstOrDefault();
    var analyzers = TwisterAnalyzers.All().Where(a => filter is null || a.GetType().Name.Contains(filter, StringComparison.Ordinal)).ToImmutableArray();
    var withAnalyzers = compilation.WithAnalyzers(analyzers, new CompilationWithAnalyzersOptions(
        new AnalyzerOptions(ConnectorProject.Baselines()), onAnalyzerException: null, concurrentAnalysis: true, logAnalyzerExecutionTime: true));
    var watch = System.Diagnostics.Stopwatch.StartNew();
    await withAnalyzers.GetAnalyzerDiagnosticsAsync();
    Console.WriteLine($"analyzers done in {watch.ElapsedMilliseconds} ms (wall)");
    foreach (var analyzer in analyzers)
    {
        var info = await withAnalyzers.GetAnalyzerTelemetryInfoAsync(analyzer, CancellationToken.None);
        Console.WriteLine($"{info.ExecutionTime.TotalMilliseconds,10:F0} ms  {analyzer.GetType().Name}");
    }
    return;
}

// `--interleaved [rounds]`: compiler alone, empty analyzers and all Twister analyzers in alternation.
// `--profile [rounds]`: each Twister analyzer alone, in alternation with the compiler alone.
var rounds = args.Length > 1 && int.TryParse(args[1], out var parsed) ? parsed : 5;
if (args.Contains("--interleaved"))
{
    await InterleavedComparison.CompareAsync(rounds);
    return;
}
if (args.Contains("--build"))
{
    // `--build [rounds]` (default 3): real `dotnet build`s of the project written to a temp folder.
    BuildComparison.Run(args.Length > 1 && int.TryParse(args[1], out var buildRounds) ? buildRounds : 3);
    return;
}
if (args.Contains("--profile"))
{
    await InterleavedComparison.ProfileAsync(rounds);
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(AnalyzerBenchmarks).Assembly).Run(args);
