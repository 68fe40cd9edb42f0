using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Twister.Hosting.Callbacks;
using Twister.Hosting.Configuration;
using Twister.Hosting.Observability;

namespace Twister.Hosting.Tasks;

/// <summary>
/// The background worker of a running host: reports orphaned tokens at start, then runs due tasks
/// whenever it is signalled or its poll interval passes. An unexpected error is logged, never fatal.
/// </summary>
internal sealed class TaskWorker(TaskRunner runner, TaskSignal signal, OrphanReport orphans, TwisterOptions options, ILogger<TaskWorker> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await orphans.ScanAsync(stoppingToken).ConfigureAwait(false);
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await runner.RunDueAsync(int.MaxValue, stoppingToken).ConfigureAwait(false);
                await signal.WaitAsync(options.TaskPollInterval, stoppingToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                HostLog.WorkerError(logger, ex);
            }
        }
    }
}
