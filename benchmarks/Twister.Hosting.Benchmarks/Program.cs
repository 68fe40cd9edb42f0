using System.Globalization;
using Twister.Hosting.Benchmarks.Cli;
using Twister.Hosting.Benchmarks.Comparison;
using Twister.Hosting.Benchmarks.Reporting;
using Twister.Hosting.Benchmarks.Webhooks;

// An initial sync of N issues (default 100,000) from the fake Linear-like service through the real host and
// the sample's IssueConnector, beside raw upserts of the same rows on the same provider (SQLite, or PostgreSQL
// with --postgres): `--runs` rounds of a trial per size and concurrency level, each in a fresh process after
// its own discarded warm-up; medians reported. With --webhooks N: the webhook accept latency instead.
CultureInfo.CurrentCulture = CultureInfo.InvariantCulture; // figures print the same on every machine
if (args is [TrialProcess.TrialOption, ..])
{
    await TrialProcess.RunChildAsync(args);
    return 0;
}
if (BenchmarkOptions.Parse(args) is not { } options) return 2;
Report.Machine();
if (options.WebhookDeliveries > 0)
{
    Report.Latency(await WebhookLatencyRun.RunAsync(options.WebhookDeliveries, CancellationToken.None));
    return 0;
}

var root = Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), $"twister-hostbench-{Environment.ProcessId}")).FullName;
Console.WriteLine($"{(options.Postgres is null ? "SQLite" : "PostgreSQL")}; files under {root}{(options.KeepFiles ? " (kept)" : "")}");
try
{
    // Sizes and concurrency levels alternate run by run, so the machine's changing load falls on all alike.
    var trials = (from items in new[] { options.SmallItems, options.Items }.Where(n => n > 0).Distinct()
                  from concurrency in options.Concurrency
                  select new TrialSettings(items, options.Teams, concurrency, options.Postgres)).ToList();
    var results = trials.ToDictionary(t => t, _ => new List<ComparisonResult>());
    for (var run = 1; run <= options.Runs; run++)
    {
        foreach (var trial in trials)
        {
            var result = await TrialProcess.RunAsync(trial, options.WarmupItems, root, options.KeepFiles, CancellationToken.None);
            Report.Trial($"run {run}/{options.Runs}", result);
            results[trial].Add(result);
        }
    }
    Report.Summary([.. trials.Select(t => (t, (IReadOnlyList<ComparisonResult>)results[t]))]);
}
finally
{
    if (!options.KeepFiles) Directory.Delete(root, recursive: true);
}
return 0;
