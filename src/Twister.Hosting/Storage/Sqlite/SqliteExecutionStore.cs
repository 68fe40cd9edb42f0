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
                ExecutionColumns.SelectAll).Select(e => e.ToRecord())],
            "the execution log", cancellationToken);
}
