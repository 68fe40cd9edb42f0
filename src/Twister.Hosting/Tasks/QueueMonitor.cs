using System.Diagnostics;
using Microsoft.Extensions.Logging;
using Twister.Hosting.Observability;
using Twister.Hosting.Storage;

namespace Twister.Hosting.Tasks;

/// <summary>
/// Reads the queue's status for the queue gauges and the health check. The gauges' callbacks are synchronous
/// and several are observed in one collection, so <see cref="Observe"/> reads at most once a second and
/// shares the answer; a failed read yields no measurement (the storage health check reports it).
/// </summary>
internal sealed class QueueMonitor(ITwisterStorage storage, TimeProvider clock, ILogger<QueueMonitor> logger)
{
    private static readonly TimeSpan ObserveInterval = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan ObserveTimeout = TimeSpan.FromSeconds(5);
    private readonly Lock _lock = new();
    private (TaskQueueStatus Status, DateTimeOffset At, long ReadAt)? _last;

    /// <summary>The status now.</summary>
    public async Task<(TaskQueueStatus Status, DateTimeOffset At)> ReadAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        return (await storage.Tasks.GetStatusAsync(now, cancellationToken).ConfigureAwait(false), now);
    }

    /// <summary>The status read within the last second, or <see langword="null"/> when it cannot be read.</summary>
    public (TaskQueueStatus Status, DateTimeOffset At)? Observe()
    {
        lock (_lock)
        {
            if (_last is { } last && Stopwatch.GetElapsedTime(last.ReadAt) < ObserveInterval) return (last.Status, last.At);
            try
            {
                using var timeout = new CancellationTokenSource(ObserveTimeout);
                var (status, at) = ReadAsync(timeout.Token).GetAwaiter().GetResult();
                _last = (status, at, Stopwatch.GetTimestamp());
                return (status, at);
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
}
