using Dapper;
using Twister.Hosting.Execution;
using Twister.Hosting.Storage;
using Twister.Hosting.Storage.Rows;

namespace Twister.Hosting.PostgreSql;

/// <inheritdoc />
internal sealed class PostgreSqlExecutionStore(PostgreSqlDatabase database) : IExecutionStore
{
    public Task<IReadOnlyList<ExecutionRecord>> ListAsync(CancellationToken cancellationToken)
        => database.RunAsync<IReadOnlyList<ExecutionRecord>>(
            async c => [.. (await c.QueryAsync<ExecutionColumns>(
                """
                SELECT id AS Id, connector AS Connector, channel_id AS ChannelId, kind AS Kind, callback_key AS CallbackKey, task_id AS TaskId,
                       status AS Status, error AS Error, requests AS Requests, started_at AS StartedAt, finished_at AS FinishedAt
                FROM executions ORDER BY seq
                """).ConfigureAwait(false)).Select(e => e.ToRecord())],
            "reading the execution log failed", cancellationToken);
}
