using System.Text.Json;
using Twister.Hosting.Configuration;
using Twister.Hosting.Execution;
using Twister.Hosting.Network;
using Twister.Hosting.Plot.Ingest;
using Twister.Hosting.Storage;

namespace Twister.Hosting.Tasks;

/// <summary>
/// What becomes of a task whose execution failed:
/// <list type="bullet">
/// <item><b>Rescheduled</b> when a service asked to be called later than the execution could wait
/// (<see cref="RetryAfterException"/>, also when connector code wrapped it): the task runs again at the time the
/// service named, and the attempt does not count toward <c>MaxTaskAttempts</c> (it did not fail);</item>
/// <item><b>Failed</b> at once when running again cannot change the outcome (see <see cref="IsRetryable"/>), or
/// when it has used its <c>MaxTaskAttempts</c>;</item>
/// <item><b>Retried</b> otherwise, after <c>TaskRetryDelay</c> × attempts.</item>
/// </list>
/// </summary>
internal static class RetryPolicy
{
    /// <summary>Decides the outcome of <paramref name="task"/>'s failed attempt.</summary>
    /// <param name="task">The task, with its attempts so far (this one included).</param>
    /// <param name="failure">What failed the execution.</param>
    /// <param name="options">The host's options.</param>
    /// <param name="now">The host clock.</param>
    public static FailureOutcome Decide(ClaimedTask task, Exception failure, TwisterOptions options, DateTimeOffset now)
    {
        var error = $"{failure.GetType().Name}: {failure.Message}";
        if (RetryAfterOf(failure) is { } retryAfter)
            return new(new RetryTask(task.Id, task.LeaseOwner, retryAfter.RetryAt, error) { CountsAttempt = false }, ExecutionStatus.Rescheduled);
        if (!IsRetryable(failure, task.IsWebhookDelivery) || task.Attempts >= options.MaxTaskAttempts)
            return new(new EndTask(task.Id, task.LeaseOwner, QueuedTaskStatus.Failed, error), ExecutionStatus.Failed);
        return new(new RetryTask(task.Id, task.LeaseOwner, now + options.TaskRetryDelay * task.Attempts, error), ExecutionStatus.Failed);
    }

    /// <summary>
    /// Whether running the task again may succeed. It may not when:
    /// <list type="bullet">
    /// <item>the persisted arguments cannot be read (<see cref="CallbackArgumentException"/>) or the callback no longer exists (<see cref="CallbackNotFoundException"/>);</item>
    /// <item>the connector sent Plot data it cannot accept (<see cref="PlotValidationException"/>: an undeclared status, a contact with neither email nor source, a malformed recurrence rule);</item>
    /// <item>the connector called a URL outside its allowlist (<see cref="NetworkAccessDeniedException"/>) or ran past its request budget (<see cref="RequestBudgetExceededException"/>): the same code does the same again;</item>
    /// <item>a webhook delivery's payload cannot be read by the connector (<see cref="JsonException"/>, <see cref="FormatException"/>): the payload is all that differs between deliveries, and it does not change.</item>
    /// </list>
    /// Everything else (HTTP failures, an open circuit, timeouts, storage errors, a crash) is retried.
    /// </summary>
    /// <param name="failure">What failed the execution.</param>
    /// <param name="isWebhookDelivery">Whether the task delivers a webhook request.</param>
    public static bool IsRetryable(Exception failure, bool isWebhookDelivery) => failure switch
    {
        CallbackArgumentException or CallbackNotFoundException => false,
        NetworkAccessDeniedException or RequestBudgetExceededException or PlotValidationException => false,
        JsonException or FormatException when isWebhookDelivery => false,
        _ => true,
    };

    /// <summary>The <see cref="RetryAfterException"/> that ended the execution, thrown as it is or wrapped by connector code.</summary>
    private static RetryAfterException? RetryAfterOf(Exception failure)
    {
        for (var current = failure; current is not null; current = current.InnerException)
        {
            if (current is RetryAfterException retryAfter) return retryAfter;
        }
        return null;
    }
}
