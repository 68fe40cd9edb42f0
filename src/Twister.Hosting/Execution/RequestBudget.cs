namespace Twister.Hosting.Execution;

/// <summary>Counts one execution's requests (outbound HTTP, tool calls, store operations) against its limit.</summary>
internal sealed class RequestBudget(int limit)
{
    public int Limit { get; } = limit;

    private int _used;

    /// <summary>Requests counted so far (connector code may make them concurrently).</summary>
    public int Used => Volatile.Read(ref _used);

    /// <summary>Set once the limit was passed: the execution fails even if the connector caught the exception.</summary>
    public RequestBudgetExceededException? Exceeded { get; private set; }

    /// <summary>Counts one request.</summary>
    /// <exception cref="RequestBudgetExceededException">The execution already made <see cref="Limit"/> requests.</exception>
    public void Spend(string request)
    {
        if (Exceeded is not null) throw Exceeded;
        if (Interlocked.Increment(ref _used) > Limit)
        {
            Interlocked.Decrement(ref _used);
            throw Exceeded = new RequestBudgetExceededException(Limit, request);
        }
    }
}
