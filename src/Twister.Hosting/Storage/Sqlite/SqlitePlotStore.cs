using Dapper;
using Twister.Hosting.Plot;
using Twister.Hosting.Storage.Rows;

namespace Twister.Hosting.Storage.Sqlite;

/// <inheritdoc />
internal sealed class SqlitePlotStore(SqliteDatabase database) : IPlotStore
{
    private const string ActivitySelect = """
        SELECT id AS Id, source AS Source, connector AS Connector, type AS Type, title AS Title, done AS Done, starts_at AS StartsAt,
               ends_at AS EndsAt, sync_provider AS SyncProvider, channel_id AS ChannelId, external_id AS ExternalId, meta AS Meta,
               link_type AS LinkType, link_status AS LinkStatus, source_url AS SourceUrl, unread AS Unread, archived AS Archived
        FROM activities
        """;

    private const string NoteSelect = """
        SELECT id AS Id, activity_id AS ActivityId, note_key AS NoteKey, content AS Content, content_type AS ContentType,
               author_id AS AuthorId, author_type AS AuthorType, author_name AS AuthorName, links AS Links, baseline_hash AS BaselineHash
        FROM notes
        """;

    public Task<IReadOnlyList<PlotActivity>> QueryActivitiesAsync(ActivityQuery query, CancellationToken cancellationToken)
        => database.ReadAsync<IReadOnlyList<PlotActivity>>(
            s => [.. s.Connection.Query<ActivityColumns>(
                $"""
                {ActivitySelect}
                WHERE (@connector IS NULL OR connector = @connector) AND (@syncProvider IS NULL OR sync_provider = @syncProvider)
                  AND (@channelId IS NULL OR channel_id = @channelId) AND (@archived IS NULL OR archived = @archived)
                ORDER BY id
                """,
                new { connector = query.Connector, syncProvider = query.SyncProvider, channelId = query.ChannelId, archived = query.Archived }).Select(a => a.ToActivity())],
            "activities", cancellationToken);

    public Task<PlotActivity?> FindActivityAsync(string source, CancellationToken cancellationToken)
        => database.ReadAsync(
            s => s.Connection.QuerySingleOrDefault<ActivityColumns>($"{ActivitySelect} WHERE source = @source", new { source })?.ToActivity(),
            $"activity '{source}'", cancellationToken);

    public Task<PlotActivity?> GetActivityAsync(long id, CancellationToken cancellationToken)
        => database.ReadAsync(
            s => s.Connection.QuerySingleOrDefault<ActivityColumns>($"{ActivitySelect} WHERE id = @id", new { id })?.ToActivity(),
            $"activity {id}", cancellationToken);

    public Task<IReadOnlyList<PlotNote>> GetNotesAsync(long activityId, CancellationToken cancellationToken)
        => database.ReadAsync<IReadOnlyList<PlotNote>>(
            s => [.. s.Connection.Query<NoteColumns>($"{NoteSelect} WHERE activity_id = @activityId ORDER BY id", new { activityId }).Select(n => n.ToNote())],
            $"notes of activity {activityId}", cancellationToken);

    public Task<PlotNote?> GetNoteAsync(long id, CancellationToken cancellationToken)
        => database.ReadAsync(
            s => s.Connection.QuerySingleOrDefault<NoteColumns>($"{NoteSelect} WHERE id = @id", new { id })?.ToNote(),
            $"note {id}", cancellationToken);

    public Task<int> CountActivitiesAsync(ActivityFilter filter, CancellationToken cancellationToken)
        => database.ReadAsync(
            s => s.Connection.ExecuteScalar<int>(
                "SELECT COUNT(*) FROM activities WHERE sync_provider = @syncProvider AND (@channelId IS NULL OR channel_id = @channelId)",
                new { syncProvider = filter.SyncProvider, channelId = filter.ChannelId }),
            "activity counts", cancellationToken);

    public Task<(long Activities, long Notes)> CountAsync(CancellationToken cancellationToken)
        => database.ReadAsync(
            s => (s.Connection.ExecuteScalar<long>("SELECT COUNT(*) FROM activities"), s.Connection.ExecuteScalar<long>("SELECT COUNT(*) FROM notes")),
            "counts", cancellationToken);

    public async Task<long> AddUserNoteAsync(UserNote note, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var session = await database.EnterAsync(cancellationToken).ConfigureAwait(false);
        return session.Run(
            () => (long)session.Command(
                """
                INSERT INTO notes (activity_id, content, content_type, author_id, author_type, author_name, created_at, updated_at)
                VALUES ($1, $2, $3, $4, $5, $6, $7, $7) RETURNING id
                """,
                transaction: null, note.ActivityId, note.Content, (int)ContentType.Markdown, note.Author.Id, (int)note.Author.Type, note.Author.Name,
                StoredTimes.ToUnixMs(now)).ExecuteScalar()!,
            $"adding a note to activity {note.ActivityId} failed");
    }
}
