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
// `--telemetry Name` runs only the analyzers whose type name contains Name; `--seq` runs them one at
// a time, so each analyzer's time is its own and not shared with the others on the second core.
if (args.Contains("--telemetry"))
{
    var filter = args.SkipWhile(a => a != "--telemetry").Skip(1).FirstOrDefault(a => !a.StartsWith("--", StringComparison.Ordinal));
    var analyzers = TwisterAnalyzers.All().Where(a => filter is null || a.GetType().Name.Contains(filter, StringComparison.Ordinal)).ToImmutableArray();
    var options = new CompilationWithAnalyzersOptions(new AnalyzerOptions(ConnectorProject.Baselines()), onAnalyzerException: null,
        concurrentAnalysis: !args.Contains("--seq"), logAnalyzerExecutionTime: true);
    // The first pass only compiles the analyzers' code (JIT); the second, on a fresh compilation, is measured.
    await ConnectorProject.CreateCompilation().WithAnalyzers(analyzers, options).GetAnalyzerDiagnosticsAsync();
    // As in a build, the compiler has declared and bound everything (its own diagnostics) before the analyzers' time counts.
    var measured = ConnectorProject.CreateCompilation();
    measured.GetDiagnostics();
    var withAnalyzers = measured.WithAnalyzers(analyzers, options);
    var watch = System.Diagnostics.Stopwatch.StartNew();
    await withAnalyzers.GetAnalyzerDiagnosticsAsync();
    Console.WriteLine($"analyzers done in {watch.ElapsedMilliseconds} ms (wall)");
    var times = new List<(double Ms, string Name)>();
    foreach (var analyzer in analyzers)
    {
        var info = await withAnalyzers.GetAnalyzerTelemetryInfoAsync(analyzer, CancellationToken.None);
        times.Add((info.ExecutionTime.TotalMilliseconds, analyzer.GetType().Name));
    }
    foreach (var (ms, name) in times.OrderByDescending(t => t.Ms)) Console.WriteLine($"{ms,10:F0} ms  {name}");
    Console.WriteLine($"{times.Sum(t => t.Ms),10:F0} ms  in all");
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
    // `--build [rounds] [--only D,B]` (default 3 rounds, all configurations): real `dotnet build`s of the
    // project written to a temp folder.
    var only = args.SkipWhile(a => a != "--only").Skip(1).FirstOrDefault()?.Split(',') ?? [];
    BuildComparison.Run(args.Length > 1 && int.TryParse(args[1], out var buildRounds) ? buildRounds : 3, only);
    return;
}
if (args.Contains("--profile"))
{
    await InterleavedComparison.ProfileAsync(rounds);
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(AnalyzerBenchmarks).Assembly).Run(args);
