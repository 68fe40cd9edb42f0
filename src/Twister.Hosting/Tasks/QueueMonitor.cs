using Microsoft.Extensions.Logging;
using Twister.Hosting.Observability;
using Twister.Hosting.Storage;

namespace Twister.Hosting.Tasks;

/// <summary>
/// Reads the queue's status for the queue gauges and the health check: one query (an index range over the
/// pending tasks). The gauges' callbacks are synchronous, so <see cref="Observe"/> waits for it, a few seconds at
/// most; a failed read yields no measurement (the storage health check reports the failure).
/// </summary>
internal sealed class QueueMonitor(ITwisterStorage storage, TimeProvider clock, ILogger<QueueMonitor> logger)
{
    private static readonly TimeSpan ObserveTimeout = TimeSpan.FromSeconds(5);

    /// <summary>The status now.</summary>
    public async Task<(TaskQueueStatus Status, DateTimeOffset At)> ReadAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        return (await storage.Tasks.GetStatusAsync(now, cancellationToken).ConfigureAwait(false), now);
    }

    /// <summary>The status now, or <see langword="null"/> when it cannot be read.</summary>
    public (TaskQueueStatus Status, DateTimeOffset At)? Observe()
    {
        try
        {
            using var timeout = new CancellationTokenSource(ObserveTimeout);
            return ReadAsync(timeout.Token).GetAwaiter().GetResult();
        }
        catch (ObjectDisposedException)
        {
            return null; // the host is shutting down
        }
        catch (Exception ex)
        {
            HostLog.QueueStatusFailed(logger, ex);
            return null;
        }
    }
}
