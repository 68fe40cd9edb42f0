using Twister.Hosting.Storage;
using Twister.Hosting.Storage.Rows;

namespace Twister.Hosting.PostgreSql;

/// <summary>
/// The PostgreSQL provider: everything in one database, through a pooled Npgsql data source. Reads use
/// short connections of their own; a commit sends the whole unit of work in one transaction, in as few
/// round trips as its writes allow (usually one). Any number of hosts may share the database.
/// </summary>
internal sealed class PostgreSqlStorage : ITwisterStorage
{
    private readonly PostgreSqlDatabase _database;

    public PostgreSqlStorage(string connectionString)
    {
        _database = new PostgreSqlDatabase(connectionString);
        State = new PostgreSqlStateStore(_database);
        Callbacks = new PostgreSqlCallbackStore(_database);
        Tasks = new PostgreSqlTaskQueue(_database);
        Channels = new PostgreSqlChannelStore(_database);
        Plot = new PostgreSqlPlotStore(_database);
        Executions = new PostgreSqlExecutionStore(_database);
    }

    public string Location => _database.Location;

    public IConnectorStateStore State { get; }

    public ICallbackStore Callbacks { get; }

    public ITaskQueue Tasks { get; }

    public IChannelStore Channels { get; }

    public IPlotStore Plot { get; }

    public IExecutionStore Executions { get; }

    public Task MigrateAsync(CancellationToken cancellationToken)
        => _database.RunAsync(async connection =>
        {
            await PostgreSqlMigrator.MigrateAsync(connection, Location, PostgreSqlSchema.Tables, cancellationToken).ConfigureAwait(false);
            return 0;
        }, "creating or upgrading the schema failed", cancellationToken);

    public Task<IReadOnlyList<int>> CommitAsync(IReadOnlyList<StorageWrite> writes, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(writes);
        if (writes.Count == 0) return Task.FromResult<IReadOnlyList<int>>([]);
        return _database.RunAsync<IReadOnlyList<int>>(async connection =>
        {
            await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
            var changed = await new PostgreSqlWriter(connection, transaction, StoredTimes.ToUnixMs(now), Location).ApplyAsync(writes, cancellationToken).ConfigureAwait(false);
            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
            return changed;
        }, "committing a unit of work failed; nothing of it was saved", cancellationToken);
    }

    public ValueTask DisposeAsync() => _database.DisposeAsync();
}
