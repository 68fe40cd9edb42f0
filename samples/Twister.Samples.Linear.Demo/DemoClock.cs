namespace Twister.Samples.Linear.Demo;

/// <summary>
/// The host's clock in the demo: it stands at the start time until the demo moves it on, so a task a connector
/// schedules for later (the Jira connector's incremental sync, a minute after a webhook) runs when the demo
/// says, without waiting, and every run does the same work however long it takes. Timers stay real.
/// </summary>
/// <param name="start">Where the clock starts.</param>
public sealed class DemoClock(DateTimeOffset start) : TimeProvider
{
    private long _utcTicks = start.UtcTicks;

    /// <inheritdoc/>
    public override DateTimeOffset GetUtcNow() => new(Interlocked.Read(ref _utcTicks), TimeSpan.Zero);

    /// <summary>Moves the clock on.</summary>
    /// <param name="by">How far.</param>
    public void Advance(TimeSpan by) => Interlocked.Add(ref _utcTicks, by.Ticks);
}
