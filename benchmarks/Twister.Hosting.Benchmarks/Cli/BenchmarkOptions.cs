using System.Globalization;

namespace Twister.Hosting.Benchmarks.Cli;

/// <summary>The harness's command line.</summary>
/// <param name="Items">Issues in the measured sync (default 100,000).</param>
/// <param name="SmallItems">Issues in the smaller sync whose peak memory is compared with <paramref name="Items"/>'s (default a tenth; 0 skips it).</param>
/// <param name="WarmupItems">Issues in the discarded warm-up sync each trial process runs first, until tiered compilation has settled on the hot paths (default 120,000).</param>
/// <param name="Runs">Measured repetitions of each size; medians are reported (default 3).</param>
/// <param name="Teams">Teams the issues are spread over, one channel each (default 4).</param>
/// <param name="Concurrency">The worker's concurrency levels to compare (default 1 and 4).</param>
/// <param name="Postgres">An admin connection string: run on PostgreSQL (new databases per trial) instead of SQLite.</param>
/// <param name="WebhookDeliveries">Run the webhook latency benchmark with this many deliveries instead of the sync.</param>
/// <param name="KeepFiles">Keeps the temporary folder with the SQLite files.</param>
internal sealed record BenchmarkOptions(int Items, int SmallItems, int WarmupItems, int Runs, int Teams, IReadOnlyList<int> Concurrency, string? Postgres, int WebhookDeliveries, bool KeepFiles)
{
    public const string Usage = """
        Twister.Hosting.Benchmarks: initial sync through the host vs raw upserts of the same rows; webhook accept latency.
          --items N            issues in the measured sync (default 100000)
          --small-items N      issues in the sync compared for memory (default items/10; 0 skips)
          --warmup-items N     issues in each trial process's discarded warm-up sync (default 120000)
          --runs N             measured repetitions per size, medians reported (default 3)
          --teams N            teams (channels) the issues are spread over (default 4)
          --concurrency A,B    worker concurrency levels compared in the same run (default 1,4)
          --postgres CS        run on PostgreSQL (an admin connection string; new databases per trial) vs raw Npgsql
          --webhooks N         instead: webhook accept latency over N deliveries while another channel waits 2 s on a call
          --keep               keep the temporary folder with the SQLite files
        """;

    /// <summary>Reads the options; <see langword="null"/> (after printing why) when they are invalid or help was asked.</summary>
    public static BenchmarkOptions? Parse(IReadOnlyList<string> args)
    {
        var values = new Dictionary<string, int>(StringComparer.Ordinal);
        var keep = false;
        string? postgres = null;
        IReadOnlyList<int> concurrency = [1, 4];
        for (var i = 0; i < args.Count; i++)
        {
            switch (args[i])
            {
                case "--keep":
                    keep = true;
                    break;
                case "--postgres" when i + 1 < args.Count:
                    postgres = args[++i];
                    break;
                case "--concurrency" when i + 1 < args.Count && TryParseList(args[i + 1], out var levels):
                    concurrency = levels;
                    i++;
                    break;
                case "--items" or "--small-items" or "--warmup-items" or "--runs" or "--teams" or "--webhooks"
                    when i + 1 < args.Count && int.TryParse(args[i + 1], NumberStyles.None, CultureInfo.InvariantCulture, out var value):
                    values[args[i]] = value;
                    i++;
                    break;
                default:
                    Console.Error.WriteLine(args[i] is "--help" or "-h" ? Usage : $"Unknown or incomplete option '{args[i]}'.\n{Usage}");
                    return null;
            }
        }

        var items = values.GetValueOrDefault("--items", 100_000);
        var teams = values.GetValueOrDefault("--teams", 4);
        var options = new BenchmarkOptions(
            items,
            values.GetValueOrDefault("--small-items", items / 10),
            values.GetValueOrDefault("--warmup-items", 120_000),
            values.GetValueOrDefault("--runs", 3),
            teams,
            concurrency,
            postgres,
            values.GetValueOrDefault("--webhooks", 0),
            keep);
        if (options.Runs < 1 || teams < 1 || items < teams || options.WarmupItems < teams
            || items % teams != 0 || options.SmallItems % teams != 0 || options.WarmupItems % teams != 0)
        {
            Console.Error.WriteLine($"Every size must be a positive multiple of --teams ({teams}) and --runs at least 1.\n{Usage}");
            return null;
        }
        return options;
    }

    private static bool TryParseList(string text, out IReadOnlyList<int> levels)
    {
        var parts = text.Split(',');
        var parsed = new List<int>();
        foreach (var part in parts)
        {
            if (!int.TryParse(part, NumberStyles.None, CultureInfo.InvariantCulture, out var level) || level < 1)
            {
                levels = [];
                return false;
            }
            parsed.Add(level);
        }
        levels = parsed;
        return parsed.Count > 0;
    }
}
