namespace Twister.Hosting.Configuration;

/// <summary>Thresholds of the host's health checks (section <c>Twister:Health</c>; see <c>AddTwister()</c> on the health checks builder).</summary>
public sealed class TwisterHealthOptions
{
    /// <summary>How long the oldest due task may wait before the queue reports <c>Degraded</c>. Default 1 min.</summary>
    public TimeSpan QueueLagDegraded { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>How long the oldest due task may wait before the queue reports <c>Unhealthy</c>. Default 10 min.</summary>
    public TimeSpan QueueLagUnhealthy { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>How long the task worker may go without looking at the queue before it reports <c>Unhealthy</c>. Default 1 min.</summary>
    public TimeSpan WorkerStalledAfter { get; set; } = TimeSpan.FromMinutes(1);
}
