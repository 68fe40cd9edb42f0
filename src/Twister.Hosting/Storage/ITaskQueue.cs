using Twister.Hosting.Tasks;

namespace Twister.Hosting.Storage;

/// <summary>
/// The durable task queue. A task is claimed with an owner and a lease expiry in the statement that picks
/// it; only the holder can record its end (<see cref="CompleteTask"/>, <see cref="RetryTask"/>,
/// <see cref="EndTask"/>). Tasks of one channel (connector and channel id) are claimed one at a time, in
/// order: none is claimed while another task of its channel holds a live lease.
/// </summary>
public interface ITaskQueue
{
    /// <summary>
    /// Claims the pending task due first at <paramref name="now"/> whose channel has no live lease, counting
    /// the attempt; <see langword="null"/> when none can be claimed.
    /// </summary>
    /// <param name="owner">Who claims it (a host id).</param>
    /// <param name="now">The host clock.</param>
    /// <param name="leaseUntil">When the lease expires unless renewed.</param>
    /// <param name="channel">Only tasks of this channel; <see langword="null"/> for any.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    Task<ClaimedTask?> ClaimNextAsync(string owner, DateTimeOffset now, DateTimeOffset leaseUntil, ChannelKey? channel, CancellationToken cancellationToken);

    /// <summary>Extends a lease; <see langword="false"/> when <paramref name="owner"/> no longer holds it.</summary>
    /// <param name="taskId">The task.</param>
    /// <param name="owner">The holder.</param>
    /// <param name="leaseUntil">The new expiry.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    Task<bool> RenewLeaseAsync(string taskId, string owner, DateTimeOffset leaseUntil, CancellationToken cancellationToken);

    /// <summary>
    /// When the earliest pending task can next be claimed (its due time, or its lease expiry while it is
    /// leased), or <see langword="null"/> when none is pending.
    /// </summary>
    /// <param name="cancellationToken">Cancels the call.</param>
    Task<DateTimeOffset?> NextDueAsync(CancellationToken cancellationToken);

    /// <summary>
    /// The channels that have a task <see cref="ClaimNextAsync"/> would hand out at <paramref name="now"/> (pending,
    /// due, and no live lease in its channel), the channel due first first; at most <paramref name="limit"/>. A
    /// cluster uses it to wake the owner of each such channel.
    /// </summary>
    /// <param name="now">The host clock.</param>
    /// <param name="limit">The most channels to return.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    Task<IReadOnlyList<ChannelKey>> DueChannelsAsync(DateTimeOffset now, int limit, CancellationToken cancellationToken);

    /// <summary>Every task, in queue order.</summary>
    /// <param name="cancellationToken">Cancels the call.</param>
    Task<IReadOnlyList<QueuedTask>> ListAsync(CancellationToken cancellationToken);

    /// <summary>
    /// How many pending tasks wait, run and are scheduled at <paramref name="now"/>, and since when the oldest
    /// waiting one is due (for the queue metrics and health check). The default counts <see cref="ListAsync"/>;
    /// providers answer with one query.
    /// </summary>
    /// <param name="now">The host clock.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    async Task<TaskQueueStatus> GetStatusAsync(DateTimeOffset now, CancellationToken cancellationToken)
        => TaskQueueStatus.Of(await ListAsync(cancellationToken).ConfigureAwait(false), now);
}
