namespace Twister.Hosting.Tasks;

/// <summary>What the task worker last did, for the worker health check: when it started, last looked at the queue, and stopped.</summary>
internal sealed class WorkerHeartbeat
{
    private long _lastBeatTicks = -1;

    /// <summary>Whether this host runs the worker (<c>RunTaskWorker</c>) and it has started.</summary>
    public bool Started { get; private set; }

    /// <summary>Set once the worker stopped, with the reason it failed, if any.</summary>
    public string? Stopped { get; private set; }

    /// <summary>When the worker last looked at the queue (host clock), if ever.</summary>
    public DateTimeOffset? LastBeat
    {
        get
        {
            var ticks = Interlocked.Read(ref _lastBeatTicks);
            return ticks < 0 ? null : new DateTimeOffset(ticks, TimeSpan.Zero);
        }
    }

    public void Start(DateTimeOffset now)
    {
        Started = true;
        Beat(now);
    }

    public void Beat(DateTimeOffset now) => Interlocked.Exchange(ref _lastBeatTicks, now.UtcTicks);

    public void Stop(string reason) => Stopped = reason;
}
