using System.Net;

namespace Twister.Hosting.Network;

/// <summary>
/// A service answered <c>429</c> or <c>503</c> with a <c>Retry-After</c> longer than the execution waits in place
/// (<c>Twister:Http:MaxRetryAfter</c>, or past the request's total timeout). The execution ends; when it runs a
/// task, the task is rescheduled for <see cref="RetryAt"/> without counting an attempt.
/// </summary>
public sealed class RetryAfterException : TwisterException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="url">The URL that answered (as the connector named it).</param>
    /// <param name="statusCode">The answer's status.</param>
    /// <param name="wait">The wait <c>Retry-After</c> asked for.</param>
    /// <param name="retryAt">When to try again, by the host clock.</param>
    /// <param name="maxWait">The longest wait the execution could afford.</param>
    public RetryAfterException(Uri url, HttpStatusCode statusCode, TimeSpan wait, DateTimeOffset retryAt, TimeSpan maxWait)
        : base($"{url.GetLeftPart(UriPartial.Path)} answered {(int)statusCode} {statusCode} asking to retry after {Describe(wait)}, longer than this execution can wait ({Describe(maxWait)}; see Twister:Http:MaxRetryAfter). A task is rescheduled for {retryAt:O} without counting an attempt.")
    {
        Url = url;
        StatusCode = statusCode;
        Wait = wait;
        RetryAt = retryAt;
    }

    /// <summary>The URL that answered.</summary>
    public Uri Url { get; }

    /// <summary>The answer's status (429 or 503).</summary>
    public HttpStatusCode StatusCode { get; }

    /// <summary>The wait the service asked for.</summary>
    public TimeSpan Wait { get; }

    /// <summary>When to try again, by the host clock.</summary>
    public DateTimeOffset RetryAt { get; }

    private static string Describe(TimeSpan wait) => wait.TotalSeconds < 120 ? $"{wait.TotalSeconds:0.###} s" : $"{wait.TotalMinutes:0.#} min";
}
