using System.Globalization;
using Twister.Hosting.Benchmarks.Cli;
using Twister.Hosting.Benchmarks.Comparison;
using Twister.Hosting.Benchmarks.Reporting;

// An initial sync of N issues (default 100,000) from the fake Linear-like service through the real local
// host and the sample's IssueConnector, beside raw SQLite upserts of the same rows, in one process:
// a discarded warm-up, then `--runs` trials of the smaller and the full size, medians reported.
CultureInfo.CurrentCulture = CultureInfo.InvariantCulture; // figures print the same on every machine
if (BenchmarkOptions.Parse(args) is not { } options) return 2;

var root = Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), $"twister-hostbench-{Environment.ProcessId}")).FullName;
Console.WriteLine($"SQLite files under {root}{(options.KeepFiles ? " (kept)" : "")}");
Report.Machine();

var warmup = await SyncComparison.RunAsync(options.WarmupItems, options.Teams, root, options.KeepFiles, CancellationToken.None);
Report.Trial("warm-up", warmup);

var sizes = new List<(int Items, IReadOnlyList<ComparisonResult> Trials)>();
foreach (var items in new[] { options.SmallItems, options.Items }.Where(n => n > 0).Distinct())
{
    var trials = new List<ComparisonResult>();
    for (var run = 1; run <= options.Runs; run++)
    {
        var trial = await SyncComparison.RunAsync(items, options.Teams, root, options.KeepFiles, CancellationToken.None);
        Report.Trial($"run {run}/{options.Runs}", trial);
        trials.Add(trial);
    }
    sizes.Add((items, trials));
}
Report.Summary(sizes);

if (!options.KeepFiles) Directory.Delete(root, recursive: true);
return 0;
