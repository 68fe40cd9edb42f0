using Dapper;
using Twister.Hosting.Callbacks;
using Twister.Hosting.Storage;
using Twister.Hosting.Storage.Rows;

namespace Twister.Hosting.PostgreSql;

/// <inheritdoc />
internal sealed class PostgreSqlCallbackStore(PostgreSqlDatabase database) : ICallbackStore
{
    private const string Columns = CallbackColumns.Columns;

    public Task<StoredCallback?> FindAsync(string token, CancellationToken cancellationToken)
        => database.RunAsync(
            async c => (await c.QuerySingleOrDefaultAsync<CallbackColumns>($"SELECT {Columns} FROM callbacks WHERE token = @token", new { token }).ConfigureAwait(false))?.ToStoredCallback(),
            "reading a callback token failed", cancellationToken);

    public Task<IReadOnlyList<StoredCallback>> ListWebhooksAsync(CancellationToken cancellationToken)
        => ListAsync("is_webhook", "webhooks", cancellationToken);

    public Task<IReadOnlyList<StoredCallback>> ListUnmarkedAsync(CancellationToken cancellationToken)
        => ListAsync("orphaned_reason IS NULL", "callback tokens", cancellationToken);

    public Task<IReadOnlyList<OrphanedCallback>> ListOrphanedAsync(CancellationToken cancellationToken)
        => database.RunAsync<IReadOnlyList<OrphanedCallback>>(async c =>
        {
            var tokens = await c.QueryAsync<CallbackColumns>($"SELECT {Columns} FROM callbacks WHERE orphaned_reason IS NOT NULL ORDER BY created_at, token COLLATE \"C\"").ConfigureAwait(false);
            var tasks = await c.QueryAsync<TaskColumns>(
                "SELECT id AS Id, connector AS Connector, callback_key AS CallbackKey, last_error AS LastError FROM tasks WHERE status = @status ORDER BY seq",
                new { status = TaskColumns.Orphaned }).ConfigureAwait(false);
            return [.. tokens.Select(t => t.ToOrphan()), .. tasks.Select(t => new OrphanedCallback(OrphanKind.Task, t.Id, t.Connector, t.CallbackKey, t.LastError ?? ""))];
        }, "reading orphaned callbacks failed", cancellationToken);

    private Task<IReadOnlyList<StoredCallback>> ListAsync(string condition, string what, CancellationToken cancellationToken)
        => database.RunAsync<IReadOnlyList<StoredCallback>>(
            async c => [.. (await c.QueryAsync<CallbackColumns>($"SELECT {Columns} FROM callbacks WHERE {condition} ORDER BY created_at, token COLLATE \"C\"").ConfigureAwait(false)).Select(x => x.ToStoredCallback())],
            $"reading {what} failed", cancellationToken);
}
