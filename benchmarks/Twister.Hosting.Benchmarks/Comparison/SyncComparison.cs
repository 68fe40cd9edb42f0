using Twister.Hosting.Benchmarks.FetchOnly;
using Twister.Hosting.Benchmarks.HostSync;
using Twister.Hosting.Benchmarks.RawSqlite;

namespace Twister.Hosting.Benchmarks.Comparison;

/// <summary>
/// One trial, in the same process: a host sync, raw SQLite upserts of the rows it wrote (in a folder of
/// their own), and the same pages fetched without the host.
/// </summary>
internal static class SyncComparison
{
    /// <summary>Runs one trial of <paramref name="items"/> issues over <paramref name="teams"/> teams in a new folder under <paramref name="root"/>.</summary>
    public static async Task<ComparisonResult> RunAsync(int items, int teams, string root, bool keepFiles, CancellationToken cancellationToken)
    {
        var folder = Directory.CreateDirectory(Path.Combine(root, $"{items}-{Guid.NewGuid():N}")).FullName;
        try
        {
            var hostDatabase = Path.Combine(folder, "host.db");
            var host = await HostSyncRun.RunAsync(items, teams, hostDatabase, cancellationToken);
            // The same transaction size as the host: one page of issues per execution, one execution per transaction.
            var raw = RawUpsertRun.Run(hostDatabase, Path.Combine(folder, "raw.db"), batchSize: Math.Max(1, (int)Math.Round((double)items / host.Batches)));
            var fetch = await FetchOnlyRun.RunAsync(items, teams, cancellationToken);
            return new ComparisonResult(host, raw, fetch);
        }
        finally
        {
            if (!keepFiles) Directory.Delete(folder, recursive: true);
        }
    }
}

/// <summary>A host sync and the raw upserts of the same rows.</summary>
/// <param name="Host">The host sync.</param>
/// <param name="Raw">The raw SQLite upserts.</param>
/// <param name="Fetch">The same pages fetched and mapped without the host.</param>
internal sealed record ComparisonResult(HostSyncResult Host, RawUpsertResult Raw, FetchOnlyResult Fetch)
{
    /// <summary>Host throughput as a fraction of raw SQLite's.</summary>
    public double HostToRaw => Host.ItemsPerSecond / Raw.ItemsPerSecond;

    /// <summary>
    /// What the host adds per item beyond fetching and mapping, in microseconds: the host's time per item
    /// minus the fetch-only time per item (the store, queue, budget, tokens and transactions).
    /// </summary>
    public double HostOverheadMicroseconds => (Host.Duration.TotalMicroseconds - Fetch.Duration.TotalMicroseconds) / Host.Items;
}
