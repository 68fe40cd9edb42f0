namespace Twister.Hosting.Storage;

/// <summary>An installed channel.</summary>
/// <param name="Connector">The connector's name.</param>
/// <param name="ChannelId">The channel id.</param>
/// <param name="Title">Its name.</param>
/// <param name="Token">The development auth token it was installed with.</param>
/// <param name="Enabled">Whether syncing is on.</param>
public sealed record ChannelRecord(string Connector, string ChannelId, string Title, string? Token, bool Enabled)
{
    /// <summary>The channel's own link types as JSON, if it has any.</summary>
    public string? LinkTypesJson { get; init; }
}
