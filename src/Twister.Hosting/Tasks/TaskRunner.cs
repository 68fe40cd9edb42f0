using Microsoft.Extensions.Logging;
using Twister.Hosting.Callbacks;
using Twister.Hosting.Connectors;
using Twister.Hosting.Execution;
using Twister.Hosting.Observability;
using Twister.Hosting.Storage;
using Twister.Hosting.Webhooks;
using Twister.Runtime;

namespace Twister.Hosting.Tasks;

/// <summary>
/// Claims due tasks (with a lease) and runs each in its own execution on its channel. A task is marked
/// done in its execution's commit, by its lease holder only. A failed one is retried, rescheduled or ended as
/// <see cref="RetryPolicy"/> decides; a task whose callback is gone is marked orphaned (kept and reported).
/// </summary>
internal sealed class TaskRunner(
    ExecutionEnvironment environment,
    ConnectorRegistry connectors,
    ExecutionEngine engine,
    OrphanReport orphans,
    HostIdentity host,
    ILogger<TaskRunner> logger)
{
    private ITwisterStorage Storage => environment.Storage;

    /// <summary>Claims and runs due tasks one after another until none is due or <paramref name="maxTasks"/> ran.</summary>
    /// <param name="maxTasks">The most tasks to take (a task chain may never end).</param>
    /// <param name="cancellationToken">Cancels the run.</param>
    /// <returns>The executions that ran.</returns>
    public async Task<IReadOnlyList<ExecutionRecord>> RunDueAsync(int maxTasks, CancellationToken cancellationToken)
    {
        var records = new List<ExecutionRecord>();
        for (var taken = 0; taken < maxTasks && await ClaimAsync(cancellationToken).ConfigureAwait(false) is { } task; taken++)
        {
            if (await RunAsync(task, cancellationToken).ConfigureAwait(false) is { } record) records.Add(record);
        }
        return records;
    }

    /// <summary>Claims the next due task whose channel is free, or <see langword="null"/>.</summary>
    public Task<ClaimedTask?> ClaimAsync(CancellationToken cancellationToken) => ClaimAsync(channel: null, cancellationToken);

    /// <summary>Claims the next due task of <paramref name="channel"/> (any channel when <see langword="null"/>) if its channel is free, or <see langword="null"/>.</summary>
    public Task<ClaimedTask?> ClaimAsync(ChannelKey? channel, CancellationToken cancellationToken)
    {
        var now = environment.Clock.GetUtcNow();
        return Storage.Tasks.ClaimNextAsync(host.Id, now, now + environment.Options.TaskLeaseDuration, channel, cancellationToken);
    }

    /// <summary>Runs a claimed task; <see langword="null"/> when it could not run at all (orphaned or abandoned).</summary>
    public async Task<ExecutionRecord?> RunAsync(ClaimedTask task, CancellationToken cancellationToken)
    {
        if (orphans.MissingReason(task.Connector, task.Key) is { } reason)
        {
            await EndAsync(task, QueuedTaskStatus.Orphaned, reason).ConfigureAwait(false);
            HostLog.OrphanedCallback(logger, OrphanKind.Task, task.Id, task.Connector, task.Key, reason);
            environment.Metrics.Failure(task.Connector, "OrphanedCallback");
            return null;
        }
        if (task.Attempts > environment.Options.MaxTaskAttempts)
        {
            var error = $"Abandoned: started {task.Attempts - 1} times without finishing (the host running it stopped each time).";
            await EndAsync(task, QueuedTaskStatus.Failed, error).ConfigureAwait(false);
            HostLog.TaskFailed(logger, task.Id, task.Attempts - 1, error);
            return null;
        }

        var connector = connectors.Get(task.Connector);
        await using var lease = new LeaseKeeper(Storage.Tasks, environment.Clock, task, environment.Options.TaskLeaseDuration, logger, cancellationToken);
        var request = new ExecutionRequest(connector, task.IsWebhookDelivery ? ExecutionKind.Webhook : ExecutionKind.Task, task.Channel, task.Key, task.Id)
        {
            OnSuccess = [new CompleteTask(task.Id, task.LeaseOwner)],
            OnFailure = failure => Outcome(task, failure),
        };
        return await engine.RunAsync(request, (scope, ct) =>
        {
            var invocationArgument = task.Invocation is { } invocation ? WebhookRequestCodec.Decode(invocation) : null;
            return connector.Descriptor.InvokeCallbackAsync(scope.Instance, new CallbackInvocation(task.Key, task.Arguments, invocationArgument), ct);
        }, lease.Token).ConfigureAwait(false);
    }

    private FailureOutcome Outcome(ClaimedTask task, Exception failure)
    {
        var outcome = RetryPolicy.Decide(task, failure, environment.Options, environment.Clock.GetUtcNow());
        switch (outcome.Write)
        {
            case EndTask end:
                HostLog.TaskFailed(logger, task.Id, task.Attempts, end.Error);
                break;
            case RetryTask { CountsAttempt: false } reschedule:
                HostLog.TaskRescheduled(logger, task.Id, reschedule.RunAt, reschedule.Error);
                break;
        }
        return outcome;
    }

    private async Task EndAsync(ClaimedTask task, QueuedTaskStatus status, string error)
    {
        try
        {
            await Storage.CommitAsync([new EndTask(task.Id, task.LeaseOwner, status, error)], environment.Clock.GetUtcNow(), CancellationToken.None).ConfigureAwait(false);
        }
        catch (TaskLeaseLostException)
        {
            // Another host took the task over and decides its end.
        }
    }
}
