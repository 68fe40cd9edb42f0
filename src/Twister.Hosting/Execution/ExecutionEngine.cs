using System.Security.Cryptography;
using Microsoft.Extensions.Logging;
using Twister.Hosting.Configuration;
using Twister.Hosting.Connectors;
using Twister.Hosting.Network;
using Twister.Hosting.Observability;
using Twister.Hosting.Storage;
using Twister.Hosting.Tasks;
using Twister.Hosting.Webhooks;

namespace Twister.Hosting.Execution;

/// <summary>
/// Runs executions as units of work: a fresh instance and budget, one SQLite transaction committed
/// only when the body succeeds, an execution record either way, a logging scope and metrics.
/// </summary>
internal sealed class ExecutionEngine(
    TwisterDatabase database,
    TwisterOptions options,
    TimeProvider clock,
    TwisterMetrics metrics,
    OutboundHttp outboundHttp,
    WebhookAddress webhookAddress,
    TaskSignal taskSignal,
    ILogger<ExecutionEngine> logger)
{
    /// <summary>Runs <paramref name="body"/> in a new execution.</summary>
    /// <param name="connector">The connector.</param>
    /// <param name="kind">What starts it.</param>
    /// <param name="callbackKey">The callback it runs, for the record and the logging scope.</param>
    /// <param name="taskId">The task it runs: marked done in the same transaction, so a committed task never runs again.</param>
    /// <param name="body">The work.</param>
    /// <param name="afterRollback">Runs after a failure's rollback, still holding the database (to reschedule the task).</param>
    /// <param name="cancellationToken">Cancels the execution (it then fails and rolls back).</param>
    public async Task<ExecutionRecord> RunAsync(
        ConnectorRegistration connector,
        ExecutionKind kind,
        string? callbackKey,
        string? taskId,
        Func<ExecutionScope, CancellationToken, Task> body,
        Action<Exception>? afterRollback,
        CancellationToken cancellationToken)
    {
        var id = "exe_" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(8));
        using var logScope = logger.BeginScope(new Dictionary<string, object?>
        {
            ["ExecutionId"] = id,
            ["Connector"] = connector.Name,
            ["ExecutionKind"] = kind.ToString(),
            ["CallbackKey"] = callbackKey,
        });
        ExecutionRecord record;
        var queuedTasks = false;
        using (await database.AcquireAsync(cancellationToken).ConfigureAwait(false))
        {
            var startedAt = clock.GetUtcNow();
            var requests = 0;
            database.BeginTransaction();
            try
            {
                using var scope = new ExecutionScope(id, connector, kind, database, options, clock, metrics, outboundHttp, webhookAddress);
                try
                {
                    await body(scope, cancellationToken).ConfigureAwait(false);
                    if (scope.Budget.Exceeded is { } exceeded) throw exceeded;
                }
                finally
                {
                    requests = scope.Budget.Used;
                }
                if (taskId is not null) TaskStore.MarkDone(database, taskId);
                record = new ExecutionRecord(id, connector.Name, kind, callbackKey, taskId, ExecutionStatus.Succeeded, null, requests, startedAt, clock.GetUtcNow());
                ExecutionLog.Insert(database, record);
                database.Commit();
                queuedTasks = scope.QueuedTasks;
                HostLog.ExecutionSucceeded(logger, id, kind, requests);
            }
            catch (Exception ex)
            {
                if (database.Transaction is not null) database.Rollback();
                record = new ExecutionRecord(id, connector.Name, kind, callbackKey, taskId, ExecutionStatus.Failed, $"{ex.GetType().Name}: {ex.Message}", requests, startedAt, clock.GetUtcNow())
                {
                    Exception = ex,
                };
                ExecutionLog.Insert(database, record);
                afterRollback?.Invoke(ex);
                HostLog.ExecutionFailed(logger, ex, id, kind, requests);
                metrics.Failure(connector.Name, ex.GetType().Name);
            }
        }
        metrics.Execution(connector.Name, kind, record.Status);
        if (queuedTasks) taskSignal.Notify();
        return record;
    }
}
