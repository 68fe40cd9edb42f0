using Microsoft.Extensions.Logging;
using Twister.Hosting.Callbacks;
using Twister.Hosting.Execution;

namespace Twister.Hosting.Observability;

/// <summary>The host's structured log messages.</summary>
internal static partial class HostLog
{
    [LoggerMessage(1, LogLevel.Debug, "Execution {ExecutionId} ({Kind}) succeeded with {Requests} requests")]
    public static partial void ExecutionSucceeded(ILogger logger, string executionId, ExecutionKind kind, int requests);

    [LoggerMessage(2, LogLevel.Error, "Execution {ExecutionId} ({Kind}) failed after {Requests} requests and was rolled back")]
    public static partial void ExecutionFailed(ILogger logger, Exception exception, string executionId, ExecutionKind kind, int requests);

    [LoggerMessage(3, LogLevel.Warning, "{Kind} {Id} of connector {Connector} names callback {CallbackKey}, which cannot run; kept and reported: {Reason}")]
    public static partial void OrphanedCallback(ILogger logger, OrphanKind kind, string id, string connector, string callbackKey, string reason);

    [LoggerMessage(4, LogLevel.Warning, "Task {TaskId} failed permanently after {Attempts} attempts: {Error}")]
    public static partial void TaskFailed(ILogger logger, string taskId, int attempts, string error);

    [LoggerMessage(5, LogLevel.Information, "Webhook URLs start with {BaseAddress}")]
    public static partial void WebhookServerStarted(ILogger logger, string baseAddress);

    [LoggerMessage(6, LogLevel.Information, "Webhook delivery refused with {StatusCode}: {Reason}")]
    public static partial void WebhookRefused(ILogger logger, int statusCode, string reason);

    [LoggerMessage(7, LogLevel.Error, "The task worker hit an unexpected error and keeps running")]
    public static partial void WorkerError(ILogger logger, Exception exception);

    [LoggerMessage(8, LogLevel.Error, "The record of execution {ExecutionId} could not be saved")]
    public static partial void RecordFailed(ILogger logger, Exception exception, string executionId);

    [LoggerMessage(9, LogLevel.Warning, "Task {TaskId} lost its lease while running; its execution is being cancelled and another host may run it")]
    public static partial void LeaseLost(ILogger logger, string taskId);

    [LoggerMessage(10, LogLevel.Information, "{Method} {Url} answered {Answer}; attempt {Attempt} in {Delay}")]
    public static partial void HttpRetry(ILogger logger, string method, string url, string answer, int attempt, TimeSpan delay);

    [LoggerMessage(11, LogLevel.Warning, "Task {TaskId} is rescheduled for {RetryAt} (not counted as an attempt): {Reason}")]
    public static partial void TaskRescheduled(ILogger logger, string taskId, DateTimeOffset retryAt, string reason);

    [LoggerMessage(12, LogLevel.Warning, "The queue's status could not be read for the metrics")]
    public static partial void QueueStatusFailed(ILogger logger, Exception exception);
}
