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
                ExecutionColumns.SelectAll).ConfigureAwait(false)).Select(e => e.ToRecord())],
            "reading the execution log failed", cancellationToken);
}
