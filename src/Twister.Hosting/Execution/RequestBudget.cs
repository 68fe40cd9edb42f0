namespace Twister.Hosting.Execution;

/// <summary>Counts one execution's requests (outbound HTTP, tool calls, store operations) against its limit.</summary>
internal sealed class RequestBudget(int limit)
{
    public int Limit { get; } = limit;

    public int Used { get; private set; }

    /// <summary>Set once the limit was passed: the execution fails even if the connector caught the exception.</summary>
    public RequestBudgetExceededException? Exceeded { get; private set; }

    /// <summary>Counts one request.</summary>
    /// <exception cref="RequestBudgetExceededException">The execution already made <see cref="Limit"/> requests.</exception>
    public void Spend(string request)
    {
        if (Exceeded is not null) throw Exceeded;
        if (Used >= Limit) throw Exceeded = new RequestBudgetExceededException(Limit, request);
        Used++;
    }
}
