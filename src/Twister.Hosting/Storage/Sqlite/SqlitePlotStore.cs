using Dapper;
using Twister.Hosting.Plot;
using Twister.Hosting.Storage.Rows;

namespace Twister.Hosting.Storage.Sqlite;

/// <inheritdoc />
internal sealed class SqlitePlotStore(SqliteDatabase database) : IPlotStore
{
    private const string ActivitySelect = ActivityColumns.Select;

    private const string NoteSelect = NoteColumns.Select;

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

    public Task<IReadOnlyDictionary<string, PlotContact>> FindContactsAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken)
        => keys.Count == 0
            ? Task.FromResult<IReadOnlyDictionary<string, PlotContact>>(new Dictionary<string, PlotContact>())
            : database.ReadAsync(
                s => ContactColumns.ByKey(s.Connection.Query<ContactColumns>(
                    $"{ContactColumns.Select} WHERE source_key IN (SELECT value FROM json_each(@keys)) OR email_key IN (SELECT value FROM json_each(@keys))",
                    new { keys = Twister.Hosting.Plot.Json.KeysJson.Write([.. keys]) }), keys),
                "contacts", cancellationToken);

    public Task<IReadOnlyList<PlotContact>> ListContactsAsync(CancellationToken cancellationToken)
        => database.ReadAsync<IReadOnlyList<PlotContact>>(
            s => [.. s.Connection.Query<ContactColumns>($"{ContactColumns.Select} ORDER BY id").Select(c => c.ToContact())],
            "contacts", cancellationToken);

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
