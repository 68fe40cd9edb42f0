using System.Globalization;

namespace Twister.Hosting.Benchmarks.Cli;

/// <summary>The harness's command line: sizes, repetitions and whether to keep the SQLite files.</summary>
/// <param name="Items">Issues in the measured initial sync (default 100,000).</param>
/// <param name="SmallItems">Issues in the smaller sync whose peak memory is compared with <paramref name="Items"/>'s (default a tenth; 0 skips it).</param>
/// <param name="WarmupItems">Issues in the discarded warm-up sync each trial process runs first, to JIT-compile every path (default 2,000).</param>
/// <param name="Runs">Measured repetitions of each size; medians are reported (default 3).</param>
/// <param name="Teams">Teams the issues are spread over, one channel each (default 4).</param>
/// <param name="KeepFiles">Keeps the temporary folder with the SQLite files.</param>
internal sealed record BenchmarkOptions(int Items, int SmallItems, int WarmupItems, int Runs, int Teams, bool KeepFiles)
{
    public const string Usage = """
        Twister.Hosting.Benchmarks: initial sync through the local host vs raw SQLite upserts of the same rows.
          --items N         issues in the measured sync (default 100000)
          --small-items N   issues in the sync compared for memory (default items/10; 0 skips)
          --warmup-items N  issues in each trial process's discarded warm-up sync (default 2000)
          --runs N          measured repetitions per size, medians reported (default 3)
          --teams N         teams (channels) the issues are spread over (default 4)
          --keep            keep the temporary folder with the SQLite files
        """;

    /// <summary>Reads the options; <see langword="null"/> (after printing why) when they are invalid or help was asked.</summary>
    public static BenchmarkOptions? Parse(IReadOnlyList<string> args)
    {
        var values = new Dictionary<string, int>(StringComparer.Ordinal);
        var keep = false;
        for (var i = 0; i < args.Count; i++)
        {
            switch (args[i])
            {
                case "--keep":
                    keep = true;
                    break;
                case "--items" or "--small-items" or "--warmup-items" or "--runs" or "--teams"
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
            values.GetValueOrDefault("--warmup-items", 2_000),
            values.GetValueOrDefault("--runs", 3),
            teams,
            keep);
        if (options.Runs < 1 || teams < 1 || items < teams || options.WarmupItems < teams
            || items % teams != 0 || options.SmallItems % teams != 0 || options.WarmupItems % teams != 0)
        {
            Console.Error.WriteLine($"Every size must be a positive multiple of --teams ({teams}) and --runs at least 1.\n{Usage}");
            return null;
        }
        return options;
    }
}
