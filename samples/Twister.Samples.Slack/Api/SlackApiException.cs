namespace Twister.Samples.Slack.Api;

/// <summary>A Web API call answered <c>ok: false</c>: Slack's error code is permanent for these arguments (retrying does not help).</summary>
public sealed class SlackApiException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="method">The Web API method.</param>
    /// <param name="error">Slack's error code.</param>
    /// <param name="details">Slack's <c>response_metadata.messages</c>, if any.</param>
    public SlackApiException(string method, string error, IReadOnlyList<string>? details = null)
        : base($"Slack's {method} answered '{error}'" + (details is { Count: > 0 } ? $": {string.Join("; ", details)}" : "."))
    {
        Method = method;
        Error = error;
    }

    /// <summary>The Web API method.</summary>
    public string Method { get; }

    /// <summary>Slack's error code (<c>channel_not_found</c>, <c>thread_not_found</c>, ...).</summary>
    public string Error { get; }
}

/// <summary>
/// Slack rate-limited a call for longer than the client waits within an execution: the caller reschedules
/// its work at <see cref="RetryAfter"/> from now (<c>Tools.Tasks.RunTaskAsync(callback, runAt)</c>).
/// </summary>
public sealed class SlackRateLimitedException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="method">The Web API method.</param>
    /// <param name="retryAfter">How long Slack asked to wait.</param>
    public SlackRateLimitedException(string method, TimeSpan retryAfter)
        : base($"Slack rate-limited {method}: retry after {retryAfter.TotalSeconds:0.###} s.")
    {
        Method = method;
        RetryAfter = retryAfter;
    }

    /// <summary>The Web API method.</summary>
    public string Method { get; }

    /// <summary>How long Slack asked to wait before calling again.</summary>
    public TimeSpan RetryAfter { get; }
}
