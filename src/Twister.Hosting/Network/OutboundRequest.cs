using System.Diagnostics;

namespace Twister.Hosting.Network;

/// <summary>
/// What the handlers of one outbound request hop share through <see cref="HttpRequestMessage.Options"/>: when the
/// hop started (its <c>Retry-After</c> waits must fit the total timeout) and how many attempts it made.
/// </summary>
internal sealed class OutboundRequest
{
    private static readonly HttpRequestOptionsKey<OutboundRequest> Key = new("Twister.OutboundRequest");

    private readonly long _started = Stopwatch.GetTimestamp();
    private int _attempts;

    /// <summary>Attempts sent so far (each counted against the budget).</summary>
    public int Attempts => Volatile.Read(ref _attempts);

    public TimeSpan Elapsed => Stopwatch.GetElapsedTime(_started);

    public void CountAttempt() => Interlocked.Increment(ref _attempts);

    /// <summary>Starts a hop's state on <paramref name="request"/>.</summary>
    public static OutboundRequest Start(HttpRequestMessage request)
    {
        var state = new OutboundRequest();
        request.Options.Set(Key, state);
        return state;
    }

    public static OutboundRequest? Of(HttpRequestMessage? request)
        => request is not null && request.Options.TryGetValue(Key, out var state) ? state : null;
}
