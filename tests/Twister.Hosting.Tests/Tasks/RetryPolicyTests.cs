using System.Text.Json;
using Twister.Hosting.Execution;
using Twister.Hosting.Network;
using Twister.Hosting.Tasks;

namespace Twister.Hosting.Tests.Tasks;

public sealed class RetryPolicyTests
{
    public static TheoryData<Exception, bool, bool> Failures => new()
    {
        { new HttpRequestException("503"), false, true },
        { new TaskCanceledException("timeout"), false, true },
        { new InvalidOperationException("anything else"), true, true },
        { new JsonException("a response body"), false, true },
        { new JsonException("the payload"), true, false },
        { new FormatException("the payload"), true, false },
        { new CallbackArgumentException("Sync", 0, "is not a string"), false, false },
        { new CallbackNotFoundException("c", "Sync"), false, false },
        { new NetworkAccessDeniedException("c", new Uri("https://evil.test/"), []), false, false },
        { new RequestBudgetExceededException(10, "http"), false, false },
    };

    [Theory]
    [MemberData(nameof(Failures))]
    public void Only_failures_that_a_new_attempt_can_change_are_retried(Exception failure, bool isWebhookDelivery, bool retryable)
        => Assert.Equal(retryable, RetryPolicy.IsRetryable(failure, isWebhookDelivery));
}
