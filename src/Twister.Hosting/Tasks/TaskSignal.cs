namespace Twister.Hosting.Tasks;

/// <summary>
/// Wakes the task worker when an execution committed new tasks, a webhook delivery was accepted, or a
/// running task ended. Take <see cref="Next"/> before looking at the queue: a notification that comes
/// after it completes it, so none is lost between the look and the wait.
/// </summary>
internal sealed class TaskSignal
{
    private TaskCompletionSource _next = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Completes at the next <see cref="Notify"/>.</summary>
    public Task Next => Volatile.Read(ref _next).Task;

    public void Notify() => Interlocked.Exchange(ref _next, new(TaskCreationOptions.RunContinuationsAsynchronously)).TrySetResult();
}
