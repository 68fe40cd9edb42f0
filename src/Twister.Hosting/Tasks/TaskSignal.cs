using Twister.Hosting.Storage;

namespace Twister.Hosting.Tasks;

/// <summary>
/// Wakes the task worker when an execution committed new tasks, a webhook delivery was accepted, or a
/// running task ended. Take <see cref="Next"/> before looking at the queue: a notification that comes
/// after it completes it, so none is lost between the look and the wait. Tasks queued on a channel are
/// also reported to every <see cref="IChannelWakeup"/> (a cluster wakes the channel's grain).
/// </summary>
internal sealed class TaskSignal(IEnumerable<IChannelWakeup> wakeups)
{
    private readonly IChannelWakeup[] _wakeups = [.. wakeups];
    private TaskCompletionSource _next = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Completes at the next <see cref="Notify()"/>.</summary>
    public Task Next => Volatile.Read(ref _next).Task;

    public void Notify() => Interlocked.Exchange(ref _next, new(TaskCreationOptions.RunContinuationsAsynchronously)).TrySetResult();

    /// <summary>Tasks were queued on <paramref name="channel"/>: wakes the worker and whoever runs that channel's work.</summary>
    public void Notify(ChannelKey channel)
    {
        Notify();
        foreach (var wakeup in _wakeups) wakeup.TasksQueued(channel);
    }
}

/// <summary>Told when tasks were queued on a channel, so that whoever runs that channel's work looks at the queue now.</summary>
internal interface IChannelWakeup
{
    /// <summary>Tasks were committed on <paramref name="channel"/>; must return at once (it runs on the committing path).</summary>
    void TasksQueued(ChannelKey channel);
}
