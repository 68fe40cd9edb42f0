using Twister.Hosting.Benchmarks.Conversion;
using Twister.Hosting.Benchmarks.FetchOnly;
using Twister.Hosting.Benchmarks.HostSync;
using Twister.Hosting.Benchmarks.Measurement;
using Twister.Hosting.Benchmarks.RawSqlite;
using Twister.Hosting.Benchmarks.Targets;
using Twister.Samples.FakeLinear.Data;

namespace Twister.Hosting.Benchmarks.Comparison;

/// <summary>
/// One trial, in one process: a host sync, the raw upserts of the rows it wrote on the same provider, the
/// same pages fetched without the host, and the same descriptions converted from HTML without the host.
/// </summary>
internal static class SyncComparison
{
    /// <summary>Runs one trial in a new folder (or new databases) under <paramref name="root"/>.</summary>
    public static async Task<ComparisonResult> RunAsync(TrialSettings trial, string root, bool keepFiles, CancellationToken cancellationToken)
    {
        var folder = Directory.CreateDirectory(Path.Combine(root, $"{trial.Items}-{Guid.NewGuid():N}")).FullName;
        try
        {
            await using var target = await StorageTarget.CreateAsync(trial.Postgres, folder, cancellationToken);
            DirtyPages.Flush();
            var host = await HostSyncRun.RunAsync(trial.Items, trial.Teams, trial.Concurrency, target, cancellationToken);
            // The same transaction size as the host: one page of issues per execution, one execution per commit.
            DirtyPages.Flush();
            var raw = await target.RunRawAsync(Math.Max(1, (int)Math.Round((double)trial.Items / host.Batches)), cancellationToken);
            var fetch = await FetchOnlyRun.RunAsync(trial.Items, trial.Teams, cancellationToken);
            var html = HtmlConversionRun.Run(FakeLinearData.Seed(trial.Teams, trial.Items / trial.Teams));
            return new ComparisonResult(target.Provider, trial.Concurrency, host, raw, fetch, html);
        }
        finally
        {
            if (!keepFiles) Directory.Delete(folder, recursive: true);
        }
    }
}

/// <summary>What a trial runs.</summary>
/// <param name="Items">Issues synced.</param>
/// <param name="Teams">Teams (channels) they are spread over.</param>
/// <param name="Concurrency">Executions the host's worker runs at once.</param>
/// <param name="Postgres">An admin connection string to run on PostgreSQL, or <see langword="null"/> for SQLite.</param>
internal sealed record TrialSettings(int Items, int Teams, int Concurrency, string? Postgres);

/// <summary>A host sync beside the raw upserts of the same rows, the fetching alone and the HTML conversion alone.</summary>
/// <param name="Provider">The storage provider.</param>
/// <param name="Concurrency">Executions the host's worker ran at once.</param>
/// <param name="Host">The host sync.</param>
/// <param name="Raw">The raw upserts.</param>
/// <param name="Fetch">The same pages fetched and mapped without the host.</param>
/// <param name="Html">The same descriptions converted without the host.</param>
internal sealed record ComparisonResult(string Provider, int Concurrency, HostSyncResult Host, RawUpsertResult Raw, FetchOnlyResult Fetch, HtmlConversionResult Html)
{
    /// <summary>Host throughput (the whole sync) as a fraction of raw upserts'.</summary>
    public double HostToRaw => Host.ItemsPerSecond / Raw.ItemsPerSecond;

    /// <summary>The host's time per item minus fetching and converting, in microseconds: the store, queue, budget, tokens and commits (meaningful at concurrency 1).</summary>
    public double HostOwnMicroseconds => (Host.Duration.TotalMicroseconds - Fetch.Duration.TotalMicroseconds - Html.Duration.TotalMicroseconds) / Host.Items;

    /// <summary>The rate of the host's own work as a fraction of raw upserts' (meaningful at concurrency 1).</summary>
    public double HostOwnToRaw => Raw.Duration.TotalMicroseconds / Raw.Items / HostOwnMicroseconds;

    /// <summary>Bytes the host allocated per item beyond fetching and converting.</summary>
    public double HostOwnBytesPerItem => (double)(Host.Gc.AllocatedBytes - Fetch.AllocatedBytes - Html.AllocatedBytes) / Host.Items;
}
