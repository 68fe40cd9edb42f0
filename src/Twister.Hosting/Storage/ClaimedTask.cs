namespace Twister.Hosting.Storage;

/// <summary>A task claimed from the queue, with its lease.</summary>
/// <param name="Id">The task id.</param>
/// <param name="Connector">The connector's name.</param>
/// <param name="ChannelId">The channel it runs on.</param>
/// <param name="Key">The callback it runs.</param>
/// <param name="Arguments">The persisted arguments (a UTF-8 JSON array).</param>
/// <param name="Invocation">The encoded webhook request, for a webhook delivery.</param>
/// <param name="RunAt">When it was due.</param>
/// <param name="Attempts">Its attempts, this one included.</param>
/// <param name="LeaseOwner">Who holds the lease.</param>
/// <param name="LeaseUntil">When the lease expires unless renewed.</param>
public sealed record ClaimedTask(
    string Id, string Connector, string ChannelId, string Key, byte[] Arguments, byte[]? Invocation,
    DateTimeOffset RunAt, int Attempts, string LeaseOwner, DateTimeOffset LeaseUntil)
{
    /// <summary>The channel it runs on.</summary>
    public ChannelKey Channel => new(Connector, ChannelId);

    /// <summary>Whether it delivers a webhook request.</summary>
    public bool IsWebhookDelivery => Invocation is not null;
}
