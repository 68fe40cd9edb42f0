using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Twister.Hosting.Callbacks;
using Twister.Hosting.Configuration;
using Twister.Hosting.Observability;
using Twister.Hosting.Webhooks;

namespace Twister.Hosting.Tasks;

/// <summary>
/// The background worker of a running host (when <see cref="TwisterOptions.RunTaskWorker"/> is on): once webhook
/// URLs are final, reports orphaned tokens and upgrades connectors whose version changed, then keeps up to <see cref="TwisterOptions.MaxConcurrentExecutions"/>
/// tasks running, on different channels, claiming the next one whenever a slot frees up, it is signalled (new
/// tasks committed, a webhook accepted), or its poll interval passes. Each look at the queue is a heartbeat for
/// the worker health check. An unexpected error is logged, never fatal. Its parts are resolved when it starts,
/// after the host has validated the options, so a bad setting is reported before the database is opened.
/// </summary>
internal sealed class TaskWorker(IServiceProvider services, IOptions<TwisterOptions> options, ILogger<TaskWorker> logger) : BackgroundService
{
    private TaskRunner _runner = null!;
    private TaskSignal _signal = null!;

    private TwisterOptions Options => options.Value;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!Options.RunTaskWorker) return;
        _runner = services.GetRequiredService<TaskRunner>();
        _signal = services.GetRequiredService<TaskSignal>();
        var orphans = services.GetRequiredService<OrphanReport>();
        var webhooks = services.GetRequiredService<WebhookAddress>();
        var heartbeat = services.GetRequiredService<WorkerHeartbeat>();
        var clock = services.GetRequiredService<TimeProvider>();
        var running = new List<Task>();
        try
        {
            await webhooks.Resolved.WaitAsync(stoppingToken).ConfigureAwait(false);
            await orphans.ScanAsync(stoppingToken).ConfigureAwait(false);
            await UpgradeConnectorsAsync(stoppingToken).ConfigureAwait(false);
            heartbeat.Start(clock.GetUtcNow());
            using var poll = new PeriodicTimer(Options.TaskPollInterval);
            var tick = poll.WaitForNextTickAsync(stoppingToken).AsTask();
            while (!stoppingToken.IsCancellationRequested)
            {
                var wake = _signal.Next;
                heartbeat.Beat(clock.GetUtcNow());
                await FillSlotsAsync(running, stoppingToken).ConfigureAwait(false);
                await Task.WhenAny([.. running, wake, tick]).ConfigureAwait(false);
                if (tick.IsCompleted) tick = poll.WaitForNextTickAsync(stoppingToken).AsTask();
                running.RemoveAll(t => t.IsCompleted);
            }
            heartbeat.Stop("The task worker stopped with the host.");
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            heartbeat.Stop("The task worker stopped with the host.");
        }
        catch (Exception ex)
        {
            heartbeat.Stop($"The task worker stopped: {ex.GetType().Name}: {ex.Message}");
            throw;
        }
        finally
        {
            await Task.WhenAll(running).ConfigureAwait(false);
        }
    }

    /// <summary>Runs the upgrade hook of connectors whose version changed; a failed upgrade is logged and tried again at the next start.</summary>
    private async Task UpgradeConnectorsAsync(CancellationToken stoppingToken)
    {
        try
        {
            await services.GetRequiredService<TwisterHost>().UpgradeConnectorsAsync(stoppingToken).ConfigureAwait(false);
        }
        catch (Execution.ExecutionFailedException ex)
        {
            HostLog.WorkerError(logger, ex);
        }
    }

    private async Task FillSlotsAsync(List<Task> running, CancellationToken stoppingToken)
    {
        while (running.Count < Options.MaxConcurrentExecutions)
        {
            try
            {
                if (await _runner.ClaimAsync(stoppingToken).ConfigureAwait(false) is not { } task) return;
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
                await _runner.RunAsync(task, stoppingToken).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                HostLog.WorkerError(logger, ex);
            }
            _signal.Notify(); // a slot and the task's channel are free again
        }
    }
}
