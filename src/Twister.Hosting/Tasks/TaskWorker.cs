using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Twister.Hosting.Callbacks;
using Twister.Hosting.Configuration;
using Twister.Hosting.Observability;

namespace Twister.Hosting.Tasks;

/// <summary>
/// The background worker of a running host: reports orphaned tokens and upgrades connectors whose version
/// changed at start, then keeps up to
/// <see cref="TwisterOptions.MaxConcurrentExecutions"/> tasks running, on different channels, claiming the
/// next one whenever a slot frees up, it is signalled (new tasks committed, a webhook accepted), or its poll
/// interval passes. An unexpected error is logged, never fatal.
/// </summary>
internal sealed class TaskWorker(TaskRunner runner, TaskSignal signal, OrphanReport orphans, TwisterOptions options, IServiceProvider services, ILogger<TaskWorker> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var running = new List<Task>();
        try
        {
            await orphans.ScanAsync(stoppingToken).ConfigureAwait(false);
            await UpgradeConnectorsAsync(stoppingToken).ConfigureAwait(false);
            using var poll = new PeriodicTimer(options.TaskPollInterval);
            var tick = poll.WaitForNextTickAsync(stoppingToken).AsTask();
            while (!stoppingToken.IsCancellationRequested)
            {
                var wake = signal.Next;
                await FillSlotsAsync(running, stoppingToken).ConfigureAwait(false);
                await Task.WhenAny([.. running, wake, tick]).ConfigureAwait(false);
                if (tick.IsCompleted) tick = poll.WaitForNextTickAsync(stoppingToken).AsTask();
                running.RemoveAll(t => t.IsCompleted);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
        await Task.WhenAll(running).ConfigureAwait(false);
    }

    /// <summary>Runs the upgrade hook of connectors whose version changed; a failed upgrade is logged and tried again at the next start.</summary>
    private async Task UpgradeConnectorsAsync(CancellationToken stoppingToken)
    {
        try
        {
            await ((TwisterHost)services.GetService(typeof(TwisterHost))!).UpgradeConnectorsAsync(stoppingToken).ConfigureAwait(false);
        }
        catch (Execution.ExecutionFailedException ex)
        {
            HostLog.WorkerError(logger, ex);
        }
    }

    private async Task FillSlotsAsync(List<Task> running, CancellationToken stoppingToken)
    {
        while (running.Count < options.MaxConcurrentExecutions)
        {
            try
            {
                if (await runner.ClaimAsync(stoppingToken).ConfigureAwait(false) is not { } task) return;
                running.Add(Task.Run(() => RunAsync(task), CancellationToken.None));
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                HostLog.WorkerError(logger, ex);
                return;
            }
        }

        async Task RunAsync(Storage.ClaimedTask task)
        {
            try
            {
                await runner.RunAsync(task, stoppingToken).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                HostLog.WorkerError(logger, ex);
            }
            signal.Notify(); // a slot and the task's channel are free again
        }
    }
}
