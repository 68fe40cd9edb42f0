using System.Globalization;
using Twister.Hosting.Benchmarks.Cli;
using Twister.Hosting.Benchmarks.Comparison;
using Twister.Hosting.Benchmarks.Reporting;

// An initial sync of N issues (default 100,000) from the fake Linear-like service through the real local
// host and the sample's IssueConnector, beside raw SQLite upserts of the same rows: `--runs` rounds of a
// trial of the smaller and of the full size, each in a fresh process after its own discarded warm-up;
// medians reported.
CultureInfo.CurrentCulture = CultureInfo.InvariantCulture; // figures print the same on every machine
if (args is [TrialProcess.TrialOption, ..])
{
    await TrialProcess.RunChildAsync(args);
    return 0;
}
if (BenchmarkOptions.Parse(args) is not { } options) return 2;

var root = Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), $"twister-hostbench-{Environment.ProcessId}")).FullName;
Console.WriteLine($"SQLite files under {root}{(options.KeepFiles ? " (kept)" : "")}");
Report.Machine();

try
{
    // Sizes alternate run by run, so the machine's changing load falls on both alike.
    var sizes = new[] { options.SmallItems, options.Items }.Where(n => n > 0).Distinct().ToArray();
    var trials = sizes.ToDictionary(n => n, _ => new List<ComparisonResult>());
    for (var run = 1; run <= options.Runs; run++)
    {
        foreach (var items in sizes)
        {
            var trial = await TrialProcess.RunAsync(items, options.WarmupItems, options.Teams, root, options.KeepFiles, CancellationToken.None);
            Report.Trial($"run {run}/{options.Runs}", trial);
            trials[items].Add(trial);
        }
    }
    Report.Summary([.. sizes.Select(n => (n, (IReadOnlyList<ComparisonResult>)trials[n]))]);
}
finally
{
    if (!options.KeepFiles) Directory.Delete(root, recursive: true);
}
return 0;
