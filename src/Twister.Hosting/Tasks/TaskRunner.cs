using Microsoft.Extensions.Logging;
using Twister.Hosting.Callbacks;
using Twister.Hosting.Configuration;
using Twister.Hosting.Connectors;
using Twister.Hosting.Execution;
using Twister.Hosting.Observability;
using Twister.Hosting.Storage;
using Twister.Hosting.Webhooks;
using Twister.Runtime;

namespace Twister.Hosting.Tasks;

/// <summary>
/// Runs due tasks, one execution each. A task is marked done in its execution's transaction; a failed
/// one is retried after a growing delay up to the attempt limit. A task whose callback is gone is
/// marked orphaned (kept and reported); unreadable arguments fail it at once, since retrying cannot help.
/// </summary>
internal sealed class TaskRunner(
    TwisterDatabase database,
    ConnectorRegistry connectors,
    ExecutionEngine engine,
    OrphanReport orphans,
    TwisterOptions options,
    TimeProvider clock,
    TwisterMetrics metrics,
    ILogger<TaskRunner> logger)
{
    /// <summary>Runs tasks due now, including those they queue for now, until none is due or <paramref name="maxTasks"/> ran.</summary>
    /// <param name="maxTasks">The most tasks to take from the queue (a task chain may never end).</param>
    /// <param name="cancellationToken">Cancels the run.</param>
    /// <returns>The executions that ran.</returns>
    public async Task<IReadOnlyList<ExecutionRecord>> RunDueAsync(int maxTasks, CancellationToken cancellationToken)
    {
        var records = new List<ExecutionRecord>();
        for (var taken = 0; taken < maxTasks && await NextDueAsync(cancellationToken).ConfigureAwait(false) is { } task; taken++)
        {
            if (await RunAsync(task, cancellationToken).ConfigureAwait(false) is { } record) records.Add(record);
        }
        return records;
    }

    private async Task<TaskRow?> NextDueAsync(CancellationToken cancellationToken)
    {
        using var lease = await database.AcquireAsync(cancellationToken).ConfigureAwait(false);
        return TaskStore.NextDue(database, clock.GetUtcNow());
    }

    private async Task<ExecutionRecord?> RunAsync(TaskRow task, CancellationToken cancellationToken)
    {
        if (orphans.MissingReason(task.Connector, task.Key) is { } reason)
        {
            using var lease = await database.AcquireAsync(cancellationToken).ConfigureAwait(false);
            TaskStore.MarkEnded(database, task.Id, TaskStore.Orphaned, reason);
            HostLog.OrphanedCallback(logger, OrphanKind.Task, task.Id, task.Connector, task.Key, reason);
            metrics.Failure(task.Connector, "OrphanedCallback");
            return null;
        }
        var connector = connectors.Get(task.Connector);
        var isWebhook = task.Invocation is not null;
        return await engine.RunAsync(
            connector,
            isWebhook ? ExecutionKind.Webhook : ExecutionKind.Task,
            task.Key,
            task.Id,
            (scope, ct) =>
            {
                var invocationArgument = isWebhook ? WebhookRequestCodec.Decode(task.Invocation!) : null;
                return connector.Descriptor.InvokeCallbackAsync(scope.Instance, new CallbackInvocation(task.Key, task.Arguments, invocationArgument), ct);
            },
            failure => Reschedule(task, failure),
            cancellationToken).ConfigureAwait(false);
    }

    private void Reschedule(TaskRow task, Exception failure)
    {
        var error = $"{failure.GetType().Name}: {failure.Message}";
        var attempts = task.Attempts + 1;
        if (failure is CallbackArgumentException || attempts >= options.MaxTaskAttempts)
        {
            TaskStore.MarkEnded(database, task.Id, TaskStore.Failed, error);
            HostLog.TaskFailed(logger, task.Id, attempts, error);
            return;
        }
        TaskStore.Reschedule(database, task.Id, clock.GetUtcNow() + options.TaskRetryDelay * attempts, error);
    }
}
