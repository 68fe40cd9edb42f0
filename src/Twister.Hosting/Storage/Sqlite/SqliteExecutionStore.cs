using Dapper;
using Twister.Hosting.Execution;
using Twister.Hosting.Storage.Rows;

namespace Twister.Hosting.Storage.Sqlite;

/// <inheritdoc />
internal sealed class SqliteExecutionStore(SqliteDatabase database) : IExecutionStore
{
    public Task<IReadOnlyList<ExecutionRecord>> ListAsync(CancellationToken cancellationToken)
        => database.ReadAsync<IReadOnlyList<ExecutionRecord>>(
            s => [.. s.Connection.Query<ExecutionColumns>(
                """
                SELECT id AS Id, connector AS Connector, channel_id AS ChannelId, kind AS Kind, callback_key AS CallbackKey, task_id AS TaskId,
                       status AS Status, error AS Error, requests AS Requests, started_at AS StartedAt, finished_at AS FinishedAt
                FROM executions ORDER BY seq
                """).Select(e => e.ToRecord())],
            "the execution log", cancellationToken);
}
