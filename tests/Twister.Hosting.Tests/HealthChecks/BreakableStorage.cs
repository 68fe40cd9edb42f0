using Twister.Hosting.Storage;
using Twister.Hosting.Storage.Sqlite;
using Twister.Hosting.Tasks;

namespace Twister.Hosting.Tests.HealthChecks;

/// <summary>An in-memory SQLite storage whose queue reads fail like an unreachable server's once <see cref="Break"/> is called.</summary>
internal sealed class BreakableStorage : ITwisterStorage
{
    private readonly SqliteStorage _inner = new(path: null);
    private readonly BreakableQueue _tasks;

    public BreakableStorage() => _tasks = new BreakableQueue(_inner.Tasks, this);

    public bool Broken { get; private set; }

    public void Break() => Broken = true;

    public string Location => "test server 'db.invalid:5432'";

    public IConnectorStateStore State => _inner.State;

    public ICallbackStore Callbacks => _inner.Callbacks;

    public ITaskQueue Tasks => _tasks;

    public IChannelStore Channels => _inner.Channels;

    public IPlotStore Plot => _inner.Plot;

    public IExecutionStore Executions => _inner.Executions;

    public Task MigrateAsync(CancellationToken cancellationToken) => _inner.MigrateAsync(cancellationToken);

    public Task<IReadOnlyList<int>> CommitAsync(IReadOnlyList<StorageWrite> writes, DateTimeOffset now, CancellationToken cancellationToken)
        => _inner.CommitAsync(writes, now, cancellationToken);

    public ValueTask DisposeAsync() => _inner.DisposeAsync();

    private sealed class BreakableQueue(ITaskQueue inner, BreakableStorage storage) : ITaskQueue
    {
        public Task<ClaimedTask?> ClaimNextAsync(string owner, DateTimeOffset now, DateTimeOffset leaseUntil, ChannelKey? channel, CancellationToken cancellationToken)
            => inner.ClaimNextAsync(owner, now, leaseUntil, channel, cancellationToken);

        public Task<bool> RenewLeaseAsync(string taskId, string owner, DateTimeOffset leaseUntil, CancellationToken cancellationToken)
            => inner.RenewLeaseAsync(taskId, owner, leaseUntil, cancellationToken);

        public Task<DateTimeOffset?> NextDueAsync(CancellationToken cancellationToken) => inner.NextDueAsync(cancellationToken);

        public Task<IReadOnlyList<ChannelKey>> DueChannelsAsync(DateTimeOffset now, int limit, CancellationToken cancellationToken)
            => inner.DueChannelsAsync(now, limit, cancellationToken);

        public Task<IReadOnlyList<QueuedTask>> ListAsync(CancellationToken cancellationToken) => inner.ListAsync(cancellationToken);

        public Task<TaskQueueStatus> GetStatusAsync(DateTimeOffset now, CancellationToken cancellationToken)
            => storage.Broken
                ? throw new TwisterStorageException(storage.Location, "reading the task queue failed: the server cannot be reached. Check that it runs and that the connection string names it.")
                : inner.GetStatusAsync(now, cancellationToken);
    }
}
