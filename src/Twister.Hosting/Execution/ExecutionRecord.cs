namespace Twister.Hosting.Execution;

/// <summary>The recorded outcome of one execution.</summary>
/// <param name="Id">The execution id (also the logging scope's <c>ExecutionId</c>).</param>
/// <param name="Connector">The connector's name.</param>
/// <param name="Kind">What started it.</param>
/// <param name="CallbackKey">The callback it ran, if any.</param>
/// <param name="TaskId">The task it ran, if any.</param>
/// <param name="Status">How it ended.</param>
/// <param name="Error">The failure's type and message, when it failed.</param>
/// <param name="Requests">Requests counted against its budget.</param>
/// <param name="StartedAt">When it started (host clock).</param>
/// <param name="FinishedAt">When it ended (host clock).</param>
public sealed record ExecutionRecord(
    string Id,
    string Connector,
    ExecutionKind Kind,
    string? CallbackKey,
    string? TaskId,
    ExecutionStatus Status,
    string? Error,
    int Requests,
    DateTimeOffset StartedAt,
    DateTimeOffset FinishedAt)
{
    /// <summary>The channel it ran on (empty for work of the connector itself, such as listing channels).</summary>
    public string? ChannelId { get; init; }

    /// <summary>The exception that failed the execution; only set on the record returned by the run itself.</summary>
    public Exception? Exception { get; init; }
}
