namespace Twister.Hosting.Storage;

/// <summary>
/// The unit of ordering: executions of one connector's channel run one at a time, in order. Work not tied
/// to a channel (listing channels on install) runs on the connector's empty channel id.
/// </summary>
/// <param name="Connector">The connector's name.</param>
/// <param name="ChannelId">The channel id; empty for the connector itself.</param>
public readonly record struct ChannelKey(string Connector, string ChannelId)
{
    /// <summary>The key of work that belongs to no channel of <paramref name="connector"/>.</summary>
    /// <param name="connector">The connector's name.</param>
    public static ChannelKey ForConnector(string connector) => new(connector, "");

    /// <inheritdoc />
    public override string ToString() => ChannelId.Length == 0 ? Connector : $"{Connector}/{ChannelId}";
}
