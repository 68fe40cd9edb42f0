using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Orleans;
using Orleans.Runtime;
using Twister.Hosting.Callbacks;
using Twister.Hosting.Configuration;
using Twister.Hosting.Orleans.Configuration;
using Twister.Hosting.Orleans.Grains;
using Twister.Hosting.Storage;

namespace Twister.Hosting.Orleans.Scheduling;

/// <summary>
/// Every silo, while it is active, asks the queue every <see cref="TwisterOptions.TaskPollInterval"/> which
/// channels have a task due that no live lease holds, and wakes those channels' grains. This is how scheduled
/// tasks, retries after their delay, and the tasks of a silo that died (once their leases expire) reach a grain:
/// the queue in PostgreSQL is the only timetable, so there is no reminder per task or channel to keep in step
/// with it. Waking is idempotent, so every silo polling costs one indexed query per silo and interval. At start
/// it also marks orphaned callback tokens, as the local host's worker does.
/// </summary>
internal sealed partial class DueChannelPoller(
    ITwisterStorage storage,
    IGrainFactory grains,
    OrphanReport orphans,
    IOptions<TwisterOptions> options,
    IOptions<TwisterClusterOptions> clusterOptions,
    TimeProvider clock,
    ILogger<DueChannelPoller> logger) : ILifecycleParticipant<ISiloLifecycle>
{
    private CancellationTokenSource? _stopping;
    private Task? _loop;

    public void Participate(ISiloLifecycle lifecycle)
        => lifecycle.Subscribe(nameof(DueChannelPoller), ServiceLifecycleStage.Active, StartAsync, StopAsync);

    private Task StartAsync(CancellationToken cancellationToken)
    {
        _stopping = new CancellationTokenSource();
        _loop = Task.Run(() => RunAsync(_stopping.Token), CancellationToken.None);
        return Task.CompletedTask;
    }

    private async Task StopAsync(CancellationToken cancellationToken)
    {
        if (_stopping is null || _loop is null) return;
        await _stopping.CancelAsync().ConfigureAwait(false);
        await _loop.WaitAsync(cancellationToken).ConfigureAwait(false);
        _stopping.Dispose();
    }

    private async Task RunAsync(CancellationToken stopping)
    {
        try
        {
            await orphans.ScanAsync(stopping).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            PollFailed(logger, ex);
        }
        using var timer = new PeriodicTimer(options.Value.TaskPollInterval, clock);
        try
        {
            do
            {
                await WakeDueChannelsAsync(stopping).ConfigureAwait(false);
            }
            while (await timer.WaitForNextTickAsync(stopping).ConfigureAwait(false));
        }
        catch (OperationCanceledException) when (stopping.IsCancellationRequested)
        {
        }
    }

    /// <summary>Wakes the grain of every channel with a claimable task; returns how many were woken.</summary>
    internal async Task<int> WakeDueChannelsAsync(CancellationToken cancellationToken)
    {
        try
        {
            var due = await storage.Tasks.DueChannelsAsync(clock.GetUtcNow(), clusterOptions.Value.MaxChannelsWokenPerPoll, cancellationToken).ConfigureAwait(false);
            foreach (var channel in due) grains.Wake(channel, logger);
            return due.Count;
        }
        catch (TwisterStorageException ex)
        {
            // The database is unreachable for now; the next poll tries again.
            PollFailed(logger, ex);
            return 0;
        }
    }

    [LoggerMessage(EventId = 3002, Level = LogLevel.Warning, Message = "Looking for channels with due tasks failed; the next poll tries again")]
    private static partial void PollFailed(ILogger logger, Exception exception);
}
