using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;
using Twister.Hosting.Configuration;
using Twister.Hosting.Storage;
using Twister.Hosting.Tasks;

namespace Twister.Hosting.HealthChecks;

/// <summary>
/// The queue's lag (how long the longest-waiting due task has waited): degraded past
/// <see cref="TwisterHealthOptions.QueueLagDegraded"/>, unhealthy past <see cref="TwisterHealthOptions.QueueLagUnhealthy"/>.
/// </summary>
internal sealed class QueueHealthCheck(QueueMonitor queue, IOptions<TwisterOptions> options) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var health = options.Value.Health;
        TaskQueueStatus status;
        DateTimeOffset at;
        try
        {
            (status, at) = await queue.ReadAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (TwisterStorageException ex)
        {
            return new HealthCheckResult(context.Registration.FailureStatus, $"The queue cannot be read: {ex.Message}", ex);
        }
        var lag = status.Lag(at);
        var data = new Dictionary<string, object>
        {
            ["waiting"] = status.Waiting,
            ["running"] = status.Running,
            ["scheduled"] = status.Scheduled,
            ["lagSeconds"] = Math.Round(lag.TotalSeconds, 3),
        };
        var summary = $"{status.Waiting} tasks waiting, {status.Running} running, {status.Scheduled} scheduled; the oldest due task has waited {lag.TotalSeconds:0.#} s";
        if (lag > health.QueueLagUnhealthy)
            return new HealthCheckResult(context.Registration.FailureStatus, $"{summary} (more than Twister:Health:QueueLagUnhealthy, {health.QueueLagUnhealthy.TotalSeconds:0} s).", data: data);
        if (lag > health.QueueLagDegraded)
            return HealthCheckResult.Degraded($"{summary} (more than Twister:Health:QueueLagDegraded, {health.QueueLagDegraded.TotalSeconds:0} s).", data: data);
        return HealthCheckResult.Healthy($"{summary}.", data);
    }
}
