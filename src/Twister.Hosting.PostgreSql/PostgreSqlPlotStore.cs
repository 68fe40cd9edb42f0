using Dapper;
using Twister.Hosting.Plot;
using Twister.Hosting.Storage;
using Twister.Hosting.Storage.Rows;

namespace Twister.Hosting.PostgreSql;

/// <inheritdoc />
internal sealed class PostgreSqlPlotStore(PostgreSqlDatabase database) : IPlotStore
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
        => database.RunAsync<IReadOnlyList<PlotActivity>>(
            async c => [.. (await c.QueryAsync<ActivityColumns>(
                $"""
                {ActivitySelect}
                WHERE (@connector::text IS NULL OR connector = @connector) AND (@syncProvider::text IS NULL OR sync_provider = @syncProvider)
                  AND (@channelId::text IS NULL OR channel_id = @channelId) AND (@archived::boolean IS NULL OR archived = @archived)
                ORDER BY id
                """,
                new { connector = query.Connector, syncProvider = query.SyncProvider, channelId = query.ChannelId, archived = query.Archived }).ConfigureAwait(false)).Select(a => a.ToActivity())],
            "reading activities failed", cancellationToken);

    public Task<PlotActivity?> FindActivityAsync(string source, CancellationToken cancellationToken)
        => database.RunAsync(
            async c => (await c.QuerySingleOrDefaultAsync<ActivityColumns>($"{ActivitySelect} WHERE source = @source", new { source }).ConfigureAwait(false))?.ToActivity(),
            $"reading activity '{source}' failed", cancellationToken);

    public Task<PlotActivity?> GetActivityAsync(long id, CancellationToken cancellationToken)
        => database.RunAsync(
            async c => (await c.QuerySingleOrDefaultAsync<ActivityColumns>($"{ActivitySelect} WHERE id = @id", new { id }).ConfigureAwait(false))?.ToActivity(),
            $"reading activity {id} failed", cancellationToken);

    public Task<IReadOnlyList<PlotNote>> GetNotesAsync(long activityId, CancellationToken cancellationToken)
        => database.RunAsync<IReadOnlyList<PlotNote>>(
            async c => [.. (await c.QueryAsync<NoteColumns>($"{NoteSelect} WHERE activity_id = @activityId ORDER BY id", new { activityId }).ConfigureAwait(false)).Select(n => n.ToNote())],
            $"reading the notes of activity {activityId} failed", cancellationToken);

    public Task<PlotNote?> GetNoteAsync(long id, CancellationToken cancellationToken)
        => database.RunAsync(
            async c => (await c.QuerySingleOrDefaultAsync<NoteColumns>($"{NoteSelect} WHERE id = @id", new { id }).ConfigureAwait(false))?.ToNote(),
            $"reading note {id} failed", cancellationToken);

    public Task<int> CountActivitiesAsync(ActivityFilter filter, CancellationToken cancellationToken)
        => database.RunAsync(
            c => c.ExecuteScalarAsync<int>(
                "SELECT COUNT(*) FROM activities WHERE sync_provider = @syncProvider AND (@channelId::text IS NULL OR channel_id = @channelId)",
                new { syncProvider = filter.SyncProvider, channelId = filter.ChannelId }),
            "counting activities failed", cancellationToken);

    public Task<(long Activities, long Notes)> CountAsync(CancellationToken cancellationToken)
        => database.RunAsync(
            async c => (await c.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM activities").ConfigureAwait(false),
                        await c.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM notes").ConfigureAwait(false)),
            "counting activities and notes failed", cancellationToken);

    public Task<long> AddUserNoteAsync(UserNote note, DateTimeOffset now, CancellationToken cancellationToken)
        => database.RunAsync(
            c => c.ExecuteScalarAsync<long>(
                """
                INSERT INTO notes (activity_id, content, content_type, author_id, author_type, author_name, created_at, updated_at)
                VALUES (@activityId, @content, @contentType, @authorId, @authorType, @authorName, @now, @now) RETURNING id
                """,
                new { activityId = note.ActivityId, content = note.Content, contentType = (int)ContentType.Markdown, authorId = note.Author.Id,
                      authorType = (int)note.Author.Type, authorName = note.Author.Name, now = StoredTimes.ToUnixMs(now) }),
            $"adding a note to activity {note.ActivityId} failed", cancellationToken);
}
