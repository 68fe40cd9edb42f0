namespace Twister.Hosting.Execution;

/// <summary>An execution tried to make more requests than its budget allows; the execution fails and is rolled back.</summary>
public sealed class RequestBudgetExceededException : TwisterException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="limit">The budget.</param>
    /// <param name="request">The request that was refused.</param>
    public RequestBudgetExceededException(int limit, string request)
        : base($"Request budget exceeded: this execution already made {limit} requests (outbound HTTP, tool calls, store operations); refused {request}. Split the work into batches with Tasks.RunTaskAsync, each of which gets a fresh budget.")
    {
        Limit = limit;
    }

    /// <summary>The budget that was exceeded.</summary>
    public int Limit { get; }
}
