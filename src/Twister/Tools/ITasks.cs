namespace Twister.Tools;

/// <summary>
/// The Tasks tool: durable, at-least-once background work. Each task runs in a new execution with a
/// fresh request budget, so handlers must be idempotent.
/// </summary>
public interface ITasks
{
    /// <summary>Queues <paramref name="callback"/> to run as soon as possible.</summary>
    /// <param name="callback">The callback.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The task id, for <see cref="CancelTaskAsync"/>.</returns>
    ValueTask<string> RunTaskAsync(Callback callback, CancellationToken cancellationToken = default);

    /// <summary>Queues <paramref name="callback"/> to run at <paramref name="runAt"/>.</summary>
    /// <param name="callback">The callback.</param>
    /// <param name="runAt">When to run it.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The task id, for <see cref="CancelTaskAsync"/>.</returns>
    ValueTask<string> RunTaskAsync(Callback callback, DateTimeOffset runAt, CancellationToken cancellationToken = default);

    /// <summary>Cancels a queued task; does nothing when it already ran, or when it is the task running this execution.</summary>
    /// <param name="taskId">The task id.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    ValueTask CancelTaskAsync(string taskId, CancellationToken cancellationToken = default);

    /// <summary>Cancels every queued task of this connector but the one running this execution.</summary>
    /// <param name="cancellationToken">Cancels the call.</param>
    ValueTask CancelAllAsync(CancellationToken cancellationToken = default);
}
