using System.Net;
using Twister.Hosting.Configuration;

namespace Twister.Hosting.Network;

/// <summary>
/// Whether a <c>429</c>/<c>503</c> answer's <c>Retry-After</c> is waited for in place or ends the execution
/// (the task is then rescheduled): it is waited for when it is at most <see cref="TwisterHttpOptions.MaxRetryAfter"/>
/// and still fits the hop's <see cref="TwisterHttpOptions.TotalRequestTimeout"/>. The retry strategy and the
/// allowlist handler ask the same question here.
/// </summary>
internal static class RetryAfterRule
{
    /// <summary>The wait a <c>429</c> or <c>503</c> asks for, or <see langword="null"/> when it names none.</summary>
    public static TimeSpan? RequestedWait(HttpResponseMessage response)
    {
        if (response.StatusCode is not (HttpStatusCode.TooManyRequests or HttpStatusCode.ServiceUnavailable)) return null;
        var header = response.Headers.RetryAfter;
        if (header?.Delta is { } delta) return delta;
        if (header?.Date is not { } date) return null;
        var untilDate = date - DateTimeOffset.UtcNow;
        return untilDate > TimeSpan.Zero ? untilDate : TimeSpan.Zero;
    }

    /// <summary>The wait that is too long for this hop, or <see langword="null"/> when the answer may be waited for (or asks for no wait).</summary>
    public static TimeSpan? TooLongWait(HttpResponseMessage response, OutboundRequest? hop, TwisterHttpOptions options)
        => RequestedWait(response) is { } wait
           && (wait > options.MaxRetryAfter || (hop?.Elapsed ?? TimeSpan.Zero) + wait >= options.TotalRequestTimeout)
            ? wait
            : null;
}
