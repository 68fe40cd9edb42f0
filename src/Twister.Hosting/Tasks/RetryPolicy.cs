using System.Text.Json;
using Twister.Hosting.Execution;
using Twister.Hosting.Network;
using Twister.Hosting.Plot.Ingest;

namespace Twister.Hosting.Tasks;

/// <summary>
/// Which failed tasks run again. A failure is retried (after <c>TaskRetryDelay</c> × attempts, up to
/// <c>MaxTaskAttempts</c>) unless running again cannot change its outcome:
/// <list type="bullet">
/// <item>the persisted arguments cannot be read (<see cref="CallbackArgumentException"/>) or the callback no longer exists (<see cref="CallbackNotFoundException"/>);</item>
/// <item>the connector sent Plot data it cannot accept (<see cref="PlotValidationException"/>: an undeclared status, a contact with neither email nor source, a malformed recurrence rule);</item>
/// <item>the connector called a URL outside its allowlist (<see cref="NetworkAccessDeniedException"/>) or ran past its request budget (<see cref="RequestBudgetExceededException"/>): the same code does the same again;</item>
/// <item>a webhook delivery whose payload the connector cannot read (<see cref="JsonException"/>, <see cref="FormatException"/>): the payload is all that differs between deliveries, and it does not change.</item>
/// </list>
/// Everything else (HTTP failures, timeouts, storage errors, a crash) is retried.
/// </summary>
internal static class RetryPolicy
{
    /// <summary>Whether running the task again may succeed.</summary>
    /// <param name="failure">What failed the execution.</param>
    /// <param name="isWebhookDelivery">Whether the task delivers a webhook request.</param>
    public static bool IsRetryable(Exception failure, bool isWebhookDelivery) => failure switch
    {
        CallbackArgumentException or CallbackNotFoundException => false,
        NetworkAccessDeniedException or RequestBudgetExceededException or PlotValidationException => false,
        JsonException or FormatException when isWebhookDelivery => false,
        _ => true,
    };
}
