using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;
using Twister.Hosting.Configuration;
using Twister.Hosting.Tasks;

namespace Twister.Hosting.HealthChecks;

/// <summary>
/// Healthy while the task worker looks at the queue at least every <see cref="TwisterHealthOptions.WorkerStalledAfter"/>
/// (it does every <c>TaskPollInterval</c> when idle), and when this host does not run one (<c>RunTaskWorker</c> off);
/// unhealthy when it has stopped, stalled, or not started.
/// </summary>
internal sealed class WorkerHealthCheck(WorkerHeartbeat heartbeat, IOptions<TwisterOptions> options, TimeProvider clock) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var settings = options.Value;
        var failure = context.Registration.FailureStatus;
        if (!settings.RunTaskWorker) return Result(HealthCheckResult.Healthy("This host runs no task worker (Twister:RunTaskWorker is off)."));
        if (heartbeat.Stopped is { } reason) return Result(new HealthCheckResult(failure, reason));
        if (!heartbeat.Started || heartbeat.LastBeat is not { } last) return Result(new HealthCheckResult(failure, "The task worker has not started."));
        var quiet = clock.GetUtcNow() - last;
        var data = new Dictionary<string, object> { ["lastLookSeconds"] = Math.Round(quiet.TotalSeconds, 3) };
        return Result(quiet > settings.Health.WorkerStalledAfter
            ? new HealthCheckResult(failure, $"The task worker has not looked at the queue for {quiet.TotalSeconds:0} s (Twister:Health:WorkerStalledAfter is {settings.Health.WorkerStalledAfter.TotalSeconds:0} s).", data: data)
            : HealthCheckResult.Healthy("The task worker is running.", data));
    }

    private static Task<HealthCheckResult> Result(HealthCheckResult result) => Task.FromResult(result);
}
