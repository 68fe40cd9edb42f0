using Dapper;
using Twister.Hosting.Callbacks;
using Twister.Hosting.Storage.Rows;

namespace Twister.Hosting.Storage.Sqlite;

/// <inheritdoc />
internal sealed class SqliteCallbackStore(SqliteDatabase database) : ICallbackStore
{
    private const string Columns = CallbackColumns.Columns;

    public Task<StoredCallback?> FindAsync(string token, CancellationToken cancellationToken)
        => database.ReadAsync(
            s => s.Connection.QuerySingleOrDefault<CallbackColumns>($"SELECT {Columns} FROM callbacks WHERE token = @token", new { token })?.ToStoredCallback(),
            "a callback token", cancellationToken);

    public Task<IReadOnlyList<StoredCallback>> ListWebhooksAsync(CancellationToken cancellationToken)
        => ListAsync("is_webhook = 1", "webhooks", cancellationToken);

    public Task<IReadOnlyList<StoredCallback>> ListUnmarkedAsync(CancellationToken cancellationToken)
        => ListAsync("orphaned_reason IS NULL", "callback tokens", cancellationToken);

    public Task<IReadOnlyList<OrphanedCallback>> ListOrphanedAsync(CancellationToken cancellationToken)
        => database.ReadAsync<IReadOnlyList<OrphanedCallback>>(s =>
        {
            var tokens = s.Connection.Query<CallbackColumns>($"SELECT {Columns} FROM callbacks WHERE orphaned_reason IS NOT NULL ORDER BY created_at, token");
            var tasks = s.Connection.Query<TaskColumns>(
                "SELECT id AS Id, connector AS Connector, callback_key AS CallbackKey, last_error AS LastError FROM tasks WHERE status = @status ORDER BY seq",
                new { status = TaskColumns.Orphaned });
            return [.. tokens.Select(t => t.ToOrphan()), .. tasks.Select(t => new OrphanedCallback(OrphanKind.Task, t.Id, t.Connector, t.CallbackKey, t.LastError ?? ""))];
        }, "orphaned callbacks", cancellationToken);

    private Task<IReadOnlyList<StoredCallback>> ListAsync(string condition, string what, CancellationToken cancellationToken)
        => database.ReadAsync<IReadOnlyList<StoredCallback>>(
            s => [.. s.Connection.Query<CallbackColumns>($"SELECT {Columns} FROM callbacks WHERE {condition} ORDER BY created_at, token").Select(c => c.ToStoredCallback())],
            what, cancellationToken);
}
