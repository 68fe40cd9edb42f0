using System.Collections.Concurrent;
using Twister.Hosting.Storage;
using Twister.Hosting.Tasks;

namespace Twister.Hosting.Orleans.Tests.Cluster;

/// <summary>
/// Abrupt silo deaths for one test cluster. A silo's storage is wrapped (<see cref="SeverableStorage"/>); a test
/// can hold the silo that makes the cluster's n-th task-completing commit inside that commit, then sever it: from
/// then on every write and claim of that silo fails, as if its process had vanished at that instant (connector
/// code done, nothing committed, no lease renewed, no failure recorded).
/// </summary>
internal sealed class SiloFaults
{
    private static readonly ConcurrentDictionary<string, SiloFaults> Runs = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, bool> _severed = new(StringComparer.Ordinal);
    private readonly TaskCompletionSource _release = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _completions;

    /// <summary>The faults of the cluster <paramref name="clusterId"/>.</summary>
    public static SiloFaults Of(string clusterId) => Runs.GetOrAdd(clusterId, _ => new SiloFaults());

    /// <summary>The task-completing commit to hold (cluster-wide count, from 1); none by default.</summary>
    public int HoldCompletion { get; set; } = int.MaxValue;

    /// <summary>Completes with the name of the silo held inside its commit.</summary>
    public TaskCompletionSource<string> Held { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Cuts <paramref name="silo"/> off its database; a commit it is held in fails.</summary>
    public void Sever(string silo)
    {
        _severed[silo] = true;
        _release.TrySetResult();
    }

    public void ThrowIfSevered(string silo, string location)
    {
        if (_severed.ContainsKey(silo)) throw new TwisterStorageException(location, $"silo '{silo}' is dead (severed by the test).");
    }

    /// <summary>Holds the commit if it is the one to hold, until the silo is severed (then it fails).</summary>
    public async Task PassCommitAsync(string silo, string location, IReadOnlyList<StorageWrite> writes)
    {
        ThrowIfSevered(silo, location);
        if (!writes.Any(w => w is CompleteTask) || Interlocked.Increment(ref _completions) != HoldCompletion) return;
        Held.TrySetResult(silo);
        await _release.Task;
        ThrowIfSevered(silo, location);
    }
}

/// <summary>A silo's storage, severable by <see cref="SiloFaults"/>: writes, claims and renewals fail once it is severed; reads pass.</summary>
internal sealed class SeverableStorage(ITwisterStorage inner, SiloFaults faults, string silo) : ITwisterStorage
{
    public string Location => inner.Location;

    public IConnectorStateStore State => inner.State;

    public ICallbackStore Callbacks => inner.Callbacks;

    public ITaskQueue Tasks { get; } = new SeverableTaskQueue(inner.Tasks, faults, silo, inner.Location);

    public IChannelStore Channels => inner.Channels;

    public IPlotStore Plot => inner.Plot;

    public IExecutionStore Executions => inner.Executions;

    public Task MigrateAsync(CancellationToken cancellationToken) => inner.MigrateAsync(cancellationToken);

    public async Task<IReadOnlyList<int>> CommitAsync(IReadOnlyList<StorageWrite> writes, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await faults.PassCommitAsync(silo, Location, writes);
        return await inner.CommitAsync(writes, now, cancellationToken);
    }

    public ValueTask DisposeAsync() => inner.DisposeAsync();

    private sealed class SeverableTaskQueue(ITaskQueue inner, SiloFaults faults, string silo, string location) : ITaskQueue
    {
        public Task<ClaimedTask?> ClaimNextAsync(string owner, DateTimeOffset now, DateTimeOffset leaseUntil, ChannelKey? channel, CancellationToken cancellationToken)
        {
            faults.ThrowIfSevered(silo, location);
            return inner.ClaimNextAsync(owner, now, leaseUntil, channel, cancellationToken);
        }

        public Task<bool> RenewLeaseAsync(string taskId, string owner, DateTimeOffset leaseUntil, CancellationToken cancellationToken)
        {
            faults.ThrowIfSevered(silo, location);
            return inner.RenewLeaseAsync(taskId, owner, leaseUntil, cancellationToken);
        }

        public Task<DateTimeOffset?> NextDueAsync(CancellationToken cancellationToken) => inner.NextDueAsync(cancellationToken);

        public Task<IReadOnlyList<ChannelKey>> DueChannelsAsync(DateTimeOffset now, int limit, CancellationToken cancellationToken)
            => inner.DueChannelsAsync(now, limit, cancellationToken);

        public Task<IReadOnlyList<QueuedTask>> ListAsync(CancellationToken cancellationToken) => inner.ListAsync(cancellationToken);
    }
}
