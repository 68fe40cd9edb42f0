using System.Security.Cryptography;
using Microsoft.Extensions.Logging;
using Twister.Hosting.Connectors;
using Twister.Hosting.Observability;
using Twister.Hosting.Storage;
using Twister.Hosting.Tasks;

namespace Twister.Hosting.Execution;

/// <summary>
/// Runs executions as units of work: a fresh instance and budget on the channel's turn, connector code
/// with no transaction open, then one short commit of everything it wrote with its execution record; a
/// failure commits only the record (and what becomes of its task). A logging scope and metrics either way.
/// </summary>
internal sealed class ExecutionEngine(ExecutionEnvironment environment, ChannelGate gate, TaskSignal taskSignal, ILogger<ExecutionEngine> logger)
{
    /// <summary>Runs <paramref name="body"/> in a new execution on <paramref name="request"/>'s channel.</summary>
    /// <param name="request">What runs, on which channel.</param>
    /// <param name="body">The work.</param>
    /// <param name="cancellationToken">Cancels the execution (it then fails and saves nothing).</param>
    /// <returns>The execution's record.</returns>
    public async Task<ExecutionRecord> RunAsync(ExecutionRequest request, Func<ExecutionScope, CancellationToken, Task> body, CancellationToken cancellationToken)
    {
        var connector = request.Connector;
        var id = "exe_" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(8));
        using var logScope = logger.BeginScope(new Dictionary<string, object?>
        {
            ["ExecutionId"] = id,
            ["Connector"] = connector.Name,
            ["ChannelId"] = request.Channel.ChannelId,
            ["ExecutionKind"] = request.Kind.ToString(),
            ["CallbackKey"] = request.CallbackKey,
        });
        using var turn = await gate.EnterAsync(request.Channel, cancellationToken).ConfigureAwait(false);
        var startedAt = environment.Clock.GetUtcNow();
        using var scope = new ExecutionScope(id, connector, request.Kind, request.Channel, environment);
        var failure = await RunBodyAsync(scope, body, cancellationToken).ConfigureAwait(false);
        var requests = scope.Budget.Used;
        ExecutionRecord record;
        if (failure is null)
        {
            record = Record(id, request, ExecutionStatus.Succeeded, error: null, requests, startedAt);
            var writes = scope.Work.Writes;
            failure = await CommitAsync(scope, [.. writes, .. request.OnSuccess, new RecordExecution(record)]).ConfigureAwait(false);
            if (failure is null)
            {
                CountUpserts(connector.Name, writes, scope.Work);
                HostLog.ExecutionSucceeded(logger, id, request.Kind, requests);
                environment.Metrics.Execution(connector.Name, request.Kind, ExecutionStatus.Succeeded);
                if (scope.Work.QueuedTasks) taskSignal.Notify(request.Channel);
                return record;
            }
        }
        record = Record(id, request, ExecutionStatus.Failed, $"{failure.GetType().Name}: {failure.Message}", requests, startedAt) with { Exception = failure };
        HostLog.ExecutionFailed(logger, failure, id, request.Kind, requests);
        environment.Metrics.Failure(connector.Name, failure.GetType().Name);
        environment.Metrics.Execution(connector.Name, request.Kind, ExecutionStatus.Failed);
        await RecordFailureAsync(request, record, failure).ConfigureAwait(false);
        return record;
    }

    /// <summary>Counts the committed activity upserts and the notes they wrote (a note kept for its write-back baseline is not written).</summary>
    private void CountUpserts(string connector, IReadOnlyList<StorageWrite> writes, UnitOfWork work)
    {
        long activities = 0, notes = 0;
        for (var i = 0; i < writes.Count; i++)
        {
            if (writes[i] is not UpsertActivity) continue;
            activities++;
            notes += work.RowsChanged(i) - 1;
        }
        environment.Metrics.Upserts(connector, "activity", activities);
        environment.Metrics.Upserts(connector, "note", notes);
    }

    private static async Task<Exception?> RunBodyAsync(ExecutionScope scope, Func<ExecutionScope, CancellationToken, Task> body, CancellationToken cancellationToken)
    {
        try
        {
            await body(scope, cancellationToken).ConfigureAwait(false);
            return scope.Budget.Exceeded;
        }
        catch (Exception ex)
        {
            return scope.Budget.Exceeded ?? ex;
        }
    }

    // Commits are not cancelled: once connector code has finished, its effects are saved or fail as a whole.
    private async Task<Exception?> CommitAsync(ExecutionScope scope, IReadOnlyList<StorageWrite> writes)
    {
        try
        {
            scope.Work.Committed(await environment.Storage.CommitAsync(writes, environment.Clock.GetUtcNow(), CancellationToken.None).ConfigureAwait(false));
            return null;
        }
        catch (TwisterStorageException ex)
        {
            return ex;
        }
    }

    /// <summary>Saves the failed execution's record and its task's outcome; a lost lease leaves the task to its new holder.</summary>
    private async Task RecordFailureAsync(ExecutionRequest request, ExecutionRecord record, Exception failure)
    {
        var now = environment.Clock.GetUtcNow();
        try
        {
            var outcome = request.OnFailure?.Invoke(failure);
            await environment.Storage.CommitAsync(outcome is null ? [new RecordExecution(record)] : [outcome, new RecordExecution(record)], now, CancellationToken.None).ConfigureAwait(false);
        }
        catch (TaskLeaseLostException)
        {
            await TryRecordAsync(record, now).ConfigureAwait(false);
        }
        catch (TwisterStorageException ex)
        {
            HostLog.RecordFailed(logger, ex, record.Id);
        }
    }

    private async Task TryRecordAsync(ExecutionRecord record, DateTimeOffset now)
    {
        try
        {
            await environment.Storage.CommitAsync([new RecordExecution(record)], now, CancellationToken.None).ConfigureAwait(false);
        }
        catch (TwisterStorageException ex)
        {
            HostLog.RecordFailed(logger, ex, record.Id);
        }
    }

    private ExecutionRecord Record(string id, ExecutionRequest request, ExecutionStatus status, string? error, int requests, DateTimeOffset startedAt)
        => new(id, request.Connector.Name, request.Kind, request.CallbackKey, request.TaskId, status, error, requests, startedAt, environment.Clock.GetUtcNow())
        {
            ChannelId = request.Channel.ChannelId,
        };
}

/// <summary>What an execution runs.</summary>
/// <param name="Connector">The connector.</param>
/// <param name="Kind">What starts it.</param>
/// <param name="Channel">The channel it runs on (one execution per channel at a time).</param>
/// <param name="CallbackKey">The callback it runs, if any.</param>
/// <param name="TaskId">The task it runs, if any.</param>
internal sealed record ExecutionRequest(ConnectorRegistration Connector, ExecutionKind Kind, ChannelKey Channel, string? CallbackKey = null, string? TaskId = null)
{
    /// <summary>Writes committed with the execution's own when it succeeds (the task's completion).</summary>
    public IReadOnlyList<StorageWrite> OnSuccess { get; init; } = [];

    /// <summary>The write that records what becomes of the task when the execution fails (a retry or its end).</summary>
    public Func<Exception, StorageWrite?>? OnFailure { get; init; }
}
