namespace Twister.Hosting.Tasks;

/// <summary>A task in the durable queue.</summary>
/// <param name="Id">The task id returned by <c>RunTaskAsync</c>.</param>
/// <param name="Connector">The connector's name.</param>
/// <param name="CallbackKey">The callback it runs.</param>
/// <param name="IsWebhookDelivery">Whether it delivers a webhook request.</param>
/// <param name="RunAt">When it is (or was) due.</param>
/// <param name="Attempts">How many times it was started (claimed).</param>
/// <param name="Status">Where it is in its life.</param>
/// <param name="LastError">The last failure, if any.</param>
public sealed record QueuedTask(string Id, string Connector, string CallbackKey, bool IsWebhookDelivery, DateTimeOffset RunAt, int Attempts, QueuedTaskStatus Status, string? LastError)
{
    /// <summary>The channel it runs on (empty for work of the connector itself): tasks of one channel run one at a time, in order.</summary>
    public string ChannelId { get; init; } = "";

    /// <summary>The host holding its lease while it runs, if any.</summary>
    public string? LeaseOwner { get; init; }

    /// <summary>When that lease expires unless renewed.</summary>
    public DateTimeOffset? LeaseUntil { get; init; }
}

/// <summary>Where a task is in its life.</summary>
public enum QueuedTaskStatus
{
    /// <summary>Waiting to run (again).</summary>
    Pending,
    /// <summary>Ran and committed.</summary>
    Done,
    /// <summary>Failed permanently (attempts exhausted, or arguments unreadable).</summary>
    Failed,
    /// <summary>Cancelled before it ran.</summary>
    Cancelled,
    /// <summary>Its callback key no longer exists; kept and reported.</summary>
    Orphaned,
}
