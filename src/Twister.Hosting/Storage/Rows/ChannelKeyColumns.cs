namespace Twister.Hosting.Storage.Rows;

/// <summary>A channel's key as providers select it (column aliases match the property names).</summary>
internal sealed class ChannelKeyColumns
{
    /// <summary>What selects the channels with a claimable task, the channel due first first (<c>@now</c>, <c>@limit</c>); the same SQL in every provider.</summary>
    public const string DueChannels = """
        SELECT t.connector AS Connector, t.channel_id AS ChannelId FROM tasks t
        WHERE t.status = 'pending' AND t.run_at <= @now
          AND (t.lease_until IS NULL OR t.lease_until <= @now)
          AND NOT EXISTS (
              SELECT 1 FROM tasks l
              WHERE l.connector = t.connector AND l.channel_id = t.channel_id AND l.status = 'pending' AND l.lease_until > @now)
        GROUP BY t.connector, t.channel_id
        ORDER BY MIN(t.run_at), MIN(t.seq)
        LIMIT @limit
        """;

    public string Connector { get; set; } = "";
    public string ChannelId { get; set; } = "";

    public ChannelKey ToKey() => new(Connector, ChannelId);
}
