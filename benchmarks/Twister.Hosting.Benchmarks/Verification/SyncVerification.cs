using System.Data.Common;
using Twister.Samples.FakeLinear.Data;

namespace Twister.Hosting.Benchmarks.Verification;

/// <summary>
/// Proves a sync did its work, so the benchmark cannot time nothing: one activity per issue of the fake
/// service (by the connector's source, with its title and channel), no duplicates, one markdown note each.
/// </summary>
internal static class SyncVerification
{
    /// <summary>Checks what the host wrote (read through <paramref name="connection"/>) against every issue of <paramref name="data"/>.</summary>
    /// <exception cref="InvalidOperationException">The store does not hold exactly the issues.</exception>
    public static VerifiedStore Verify(FakeLinearData data, DbConnection connection, int expectedItems)
    {
        var store = VerifiedStore.Read(connection);
        Require(store.Activities == expectedItems, $"{store.Activities} activities, expected {expectedItems}.");
        Require(store.DistinctSources == store.Activities, $"{store.Activities - store.DistinctSources} duplicate sources.");
        Require(store.Notes == expectedItems, $"{store.Notes} notes, expected one per activity ({expectedItems}).");
        Require(store.ActivitiesWithNotes == expectedItems, $"{expectedItems - store.ActivitiesWithNotes} activities have no note.");
        Require(store.MarkdownNotes == expectedItems, $"{expectedItems - store.MarkdownNotes} notes were not converted to markdown.");

        var stored = new Dictionary<string, (string Title, string Channel)>(StringComparer.Ordinal);
        using (var command = connection.CreateCommand())
        {
            command.CommandText = "SELECT source, title, channel_id FROM activities";
            using var reader = command.ExecuteReader();
            while (reader.Read()) stored[reader.GetString(0)] = (reader.GetString(1), reader.GetString(2));
        }
        var checkedIssues = 0;
        foreach (var (teamId, issue) in FakeIssues.All(data))
        {
            Require(stored.TryGetValue($"linear:issue:{issue.Id}", out var row), $"Issue {issue.Identifier} has no activity.");
            Require(row.Title == $"{issue.Identifier}: {issue.Title}", $"Issue {issue.Identifier} has title '{row.Title}'.");
            Require(row.Channel == teamId, $"Issue {issue.Identifier} is in channel '{row.Channel}'.");
            checkedIssues++;
        }
        Require(checkedIssues == expectedItems, $"The fake service has {checkedIssues} issues, expected {expectedItems}.");
        return store;
    }

    private static void Require(bool condition, string failure)
    {
        if (!condition) throw new InvalidOperationException($"Sync verification failed: {failure}");
    }
}

/// <summary>Counts of a store's activities and notes.</summary>
/// <param name="Activities">Activity rows.</param>
/// <param name="DistinctSources">Distinct activity sources.</param>
/// <param name="Notes">Note rows.</param>
/// <param name="ActivitiesWithNotes">Activities that have at least one note.</param>
/// <param name="MarkdownNotes">Notes stored as markdown (converted from the issues' HTML).</param>
internal sealed record VerifiedStore(long Activities, long DistinctSources, long Notes, long ActivitiesWithNotes, long MarkdownNotes)
{
    /// <summary>Counts what <paramref name="connection"/>'s database holds (the SQL is the same for every provider).</summary>
    public static VerifiedStore Read(DbConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = $"""
            SELECT (SELECT COUNT(*) FROM activities), (SELECT COUNT(DISTINCT source) FROM activities),
                   (SELECT COUNT(*) FROM notes), (SELECT COUNT(DISTINCT activity_id) FROM notes),
                   (SELECT COUNT(*) FROM notes WHERE content_type = {(int)ContentType.Markdown})
            """;
        using var reader = command.ExecuteReader();
        reader.Read();
        return new VerifiedStore(reader.GetInt64(0), reader.GetInt64(1), reader.GetInt64(2), reader.GetInt64(3), reader.GetInt64(4));
    }
}
