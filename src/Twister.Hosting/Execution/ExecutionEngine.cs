using System.Diagnostics;
using System.Security.Cryptography;
using Microsoft.Extensions.Logging;
using Twister.Hosting.Connectors;
using Twister.Hosting.Connectors.Options;
using Twister.Hosting.Plot.Json;
using Twister.Hosting.Observability;
using Twister.Hosting.Storage;
using Twister.Hosting.Tasks;

namespace Twister.Hosting.Execution;

/// <summary>
/// Runs executions as units of work: a fresh instance and budget on the channel's turn, connector code
/// with no transaction open, then one short commit of everything it wrote with its execution record; a
/// failure commits only the record (and what becomes of its task). A logging scope, a span and metrics either way.
/// </summary>
internal sealed class ExecutionEngine(ExecutionEnvironment environment, ChannelGate gate, TaskSignal taskSignal, ILogger<ExecutionEngine> logger)
{
    private static readonly IReadOnlyDictionary<string, string> NoOptions = new Dictionary<string, string>();

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
        var started = Stopwatch.GetTimestamp();
        using var activity = TwisterTracing.StartExecution(id, request);
        var options = request.Options ?? await OptionsAsync(connector, cancellationToken).ConfigureAwait(false);
        using var scope = new ExecutionScope(id, connector, request.Kind, request.Channel, environment, options) { TaskId = request.TaskId };
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
                Ended(activity, record, started);
                if (scope.Work.QueuedTasks) taskSignal.Notify(request.Channel);
                return record;
            }
        }
        var outcome = request.OnFailure?.Invoke(failure);
        var status = outcome?.Status ?? ExecutionStatus.Failed;
        record = Record(id, request, status, $"{failure.GetType().Name}: {failure.Message}", requests, startedAt) with { Exception = failure };
        if (status == ExecutionStatus.Failed)
        {
            HostLog.ExecutionFailed(logger, failure, id, request.Kind, requests);
            environment.Metrics.Failure(connector.Name, failure.GetType().Name);
        }
        Ended(activity, record, started);
        await RecordFailureAsync(record, outcome?.Write).ConfigureAwait(false);
        if (status == ExecutionStatus.Rescheduled) taskSignal.Notify(); // the worker's next look is at the rescheduled time
        return record;
    }

    /// <summary>The connector's option values (stored over the defaults); read only for connectors that declare options.</summary>
    private async Task<IReadOnlyDictionary<string, string>> OptionsAsync(ConnectorRegistration connector, CancellationToken cancellationToken)
    {
        var manifest = connector.Descriptor.Manifest;
        if (manifest.Options.Count == 0) return NoOptions;
        var record = await environment.Storage.Channels.FindConnectorAsync(connector.Name, cancellationToken).ConfigureAwait(false);
        return OptionValues.Resolve(manifest, OptionsJson.Read(record?.OptionsJson));
    }

    private void Ended(Activity? activity, ExecutionRecord record, long started)
    {
        TwisterTracing.ExecutionEnded(activity, record);
        environment.Metrics.ExecutionEnded(record, Stopwatch.GetElapsedTime(started));
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
    private async Task RecordFailureAsync(ExecutionRecord record, StorageWrite? taskOutcome)
    {
        var now = environment.Clock.GetUtcNow();
        try
        {
            await environment.Storage.CommitAsync(taskOutcome is null ? [new RecordExecution(record)] : [taskOutcome, new RecordExecution(record)], now, CancellationToken.None).ConfigureAwait(false);
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

    /// <summary>What becomes of the task when the execution fails: a retry, a reschedule or its end.</summary>
    public Func<Exception, FailureOutcome>? OnFailure { get; init; }

    /// <summary>The option values the execution sees instead of the stored ones (the new values, while the options change).</summary>
    public IReadOnlyDictionary<string, string>? Options { get; init; }
}

/// <summary>What a failed execution leaves behind besides its record.</summary>
/// <param name="Write">The write that records its task's outcome.</param>
/// <param name="Status">How the execution is recorded: <see cref="ExecutionStatus.Failed"/>, or <see cref="ExecutionStatus.Rescheduled"/> when its task only waits for a later time.</param>
internal readonly record struct FailureOutcome(StorageWrite Write, ExecutionStatus Status);
