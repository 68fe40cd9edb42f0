namespace Twister.Hosting.Tasks;

/// <summary>The task queue at one moment: the figures behind the queue metrics and health check.</summary>
/// <param name="Waiting">Pending tasks that are due and not running (waiting for a worker slot or their channel's turn).</param>
/// <param name="Running">Pending tasks leased to a host.</param>
/// <param name="Scheduled">Pending tasks due later.</param>
/// <param name="OldestDueAt">When the longest-waiting of <paramref name="Waiting"/> became due, if any.</param>
public sealed record TaskQueueStatus(int Waiting, int Running, int Scheduled, DateTimeOffset? OldestDueAt)
{
    /// <summary>How long the longest-waiting task has waited past its due time at <paramref name="now"/> (zero when none waits).</summary>
    /// <param name="now">The host clock.</param>
    public TimeSpan Lag(DateTimeOffset now) => OldestDueAt is { } due && now > due ? now - due : TimeSpan.Zero;

    /// <summary>Counts <paramref name="tasks"/> (every task of a queue) at <paramref name="now"/>.</summary>
    /// <param name="tasks">The tasks.</param>
    /// <param name="now">The host clock.</param>
    public static TaskQueueStatus Of(IEnumerable<QueuedTask> tasks, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(tasks);
        int waiting = 0, running = 0, scheduled = 0;
        DateTimeOffset? oldest = null;
        foreach (var task in tasks)
        {
            if (task.Status != QueuedTaskStatus.Pending) continue;
            if (task.LeaseUntil > now) running++;
            else if (task.RunAt > now) scheduled++;
            else
            {
                waiting++;
                if (oldest is null || task.RunAt < oldest) oldest = task.RunAt;
            }
        }
        return new TaskQueueStatus(waiting, running, scheduled, oldest);
    }
}
