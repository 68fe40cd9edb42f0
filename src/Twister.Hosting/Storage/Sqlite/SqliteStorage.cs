using Microsoft.Data.Sqlite;
using Twister.Hosting.Storage.Rows;

namespace Twister.Hosting.Storage.Sqlite;

/// <summary>
/// The embedded default provider: one SQLite file in WAL mode (or a private in-memory database). One
/// writer connection takes commits and claims, each holding it only for its own statements, and reads run on
/// pooled reader connections beside it (<see cref="SqliteDatabase"/>); a second host on the same file is safe (SQLite serializes writers across processes, and the task queue's
/// claims carry leases).
/// </summary>
internal sealed class SqliteStorage : ITwisterStorage
{
    private readonly SqliteDatabase _database;
    private readonly SqliteGroupCommit _commits;

    public SqliteStorage(string? path)
    {
        _database = new SqliteDatabase(path);
        _commits = new SqliteGroupCommit(_database);
        State = new SqliteStateStore(_database);
        Callbacks = new SqliteCallbackStore(_database);
        Tasks = new SqliteTaskQueue(_database);
        Channels = new SqliteChannelStore(_database);
        Plot = new SqlitePlotStore(_database);
        Executions = new SqliteExecutionStore(_database);
    }

    public string Location => _database.Location;

    public IConnectorStateStore State { get; }

    public ICallbackStore Callbacks { get; }

    public ITaskQueue Tasks { get; }

    public IChannelStore Channels { get; }

    public IPlotStore Plot { get; }

    public IExecutionStore Executions { get; }

    public async Task MigrateAsync(CancellationToken cancellationToken)
    {
        await _database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var session = await _database.EnterAsync(cancellationToken).ConfigureAwait(false);
        session.Run(() => SqliteSchema.Migrate(session.Connection, Location), "creating or upgrading the schema failed");
    }

    public Task<IReadOnlyList<int>> CommitAsync(IReadOnlyList<StorageWrite> writes, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(writes);
        return writes.Count == 0 ? Task.FromResult<IReadOnlyList<int>>([]) : _commits.CommitAsync(writes, now, cancellationToken);
    }

    public ValueTask DisposeAsync() => _database.DisposeAsync();
}
