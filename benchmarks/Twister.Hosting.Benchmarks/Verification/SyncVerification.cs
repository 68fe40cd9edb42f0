using Microsoft.Data.Sqlite;
using Twister.Hosting.Benchmarks.Storage;
using Twister.Samples.FakeLinear.Data;

namespace Twister.Hosting.Benchmarks.Verification;

/// <summary>
/// Proves a sync did its work, so the benchmark cannot time nothing: one activity per issue of the fake
/// service (by the connector's source, with its title and channel), no duplicates, one markdown note each.
/// </summary>
internal static class SyncVerification
{
    /// <summary>Checks the host's SQLite file against every issue of <paramref name="data"/>.</summary>
    /// <exception cref="InvalidOperationException">The store does not hold exactly the issues.</exception>
    public static VerifiedStore Verify(FakeLinearData data, string databasePath, int expectedItems)
    {
        using var connection = SqliteFiles.OpenReadOnly(databasePath);
        var store = VerifiedStore.Read(connection);
        Require(store.Activities == expectedItems, $"{store.Activities} activities, expected {expectedItems}.");
        Require(store.DistinctSources == store.Activities, $"{store.Activities - store.DistinctSources} duplicate sources.");
        Require(store.Notes == expectedItems, $"{store.Notes} notes, expected one per activity ({expectedItems}).");
        Require(store.ActivitiesWithNotes == expectedItems, $"{expectedItems - store.ActivitiesWithNotes} activities have no note.");
        Require(store.MarkdownNotes == expectedItems, $"{expectedItems - store.MarkdownNotes} notes were not converted to markdown.");

        using var find = connection.CreateCommand();
        find.CommandText = "SELECT title, channel_id FROM activities WHERE source = @source";
        var source = find.Parameters.Add("@source", SqliteType.Text);
        var checkedIssues = 0;
        foreach (var team in data.Teams)
        {
            for (var page = data.GetIssues(team.Id, after: null, first: 100); page.Nodes.Count > 0; page = data.GetIssues(team.Id, page.PageInfo.EndCursor, 100))
            {
                foreach (var issue in page.Nodes)
                {
                    source.Value = $"linear:issue:{issue.Id}";
                    using var reader = find.ExecuteReader();
                    Require(reader.Read(), $"Issue {issue.Identifier} has no activity.");
                    Require(reader.GetString(0) == $"{issue.Identifier}: {issue.Title}", $"Issue {issue.Identifier} has title '{reader.GetString(0)}'.");
                    Require(reader.GetString(1) == team.Id, $"Issue {issue.Identifier} is in channel '{reader.GetString(1)}'.");
                    checkedIssues++;
                }
                if (!page.PageInfo.HasNextPage) break;
            }
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
    /// <summary>Counts what <paramref name="connection"/>'s database holds.</summary>
    public static VerifiedStore Read(SqliteConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT (SELECT COUNT(*) FROM activities), (SELECT COUNT(DISTINCT source) FROM activities),
                   (SELECT COUNT(*) FROM notes), (SELECT COUNT(DISTINCT activity_id) FROM notes),
                   (SELECT COUNT(*) FROM notes WHERE content_type = @markdown)
            """;
        command.Parameters.AddWithValue("@markdown", (int)ContentType.Markdown);
        using var reader = command.ExecuteReader();
        reader.Read();
        return new VerifiedStore(reader.GetInt64(0), reader.GetInt64(1), reader.GetInt64(2), reader.GetInt64(3), reader.GetInt64(4));
    }
}
