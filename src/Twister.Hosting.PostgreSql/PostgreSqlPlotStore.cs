using Dapper;
using Twister.Hosting.Plot;
using Twister.Hosting.Storage;
using Twister.Hosting.Storage.Rows;

namespace Twister.Hosting.PostgreSql;

/// <inheritdoc />
internal sealed class PostgreSqlPlotStore(PostgreSqlDatabase database) : IPlotStore
{
    private const string ActivitySelect = ActivityColumns.Select;

    private const string NoteSelect = NoteColumns.Select;

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

    public Task<IReadOnlyDictionary<string, PlotContact>> FindContactsAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken)
        => keys.Count == 0
            ? Task.FromResult<IReadOnlyDictionary<string, PlotContact>>(new Dictionary<string, PlotContact>())
            : database.RunAsync(
                async c => ContactColumns.ByKey(await c.QueryAsync<ContactColumns>(
                    $"{ContactColumns.Select} WHERE source_key = ANY(@keys) OR email_key = ANY(@keys)", new { keys = keys.ToArray() }).ConfigureAwait(false), keys),
                "reading contacts failed", cancellationToken);

    public Task<IReadOnlyList<PlotContact>> ListContactsAsync(CancellationToken cancellationToken)
        => database.RunAsync<IReadOnlyList<PlotContact>>(
            async c => [.. (await c.QueryAsync<ContactColumns>($"{ContactColumns.Select} ORDER BY id").ConfigureAwait(false)).Select(x => x.ToContact())],
            "reading contacts failed", cancellationToken);

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
