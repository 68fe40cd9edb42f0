namespace Twister.Hosting.Storage;

/// <summary>A persisted callback or webhook token.</summary>
/// <param name="Token">The unguessable token.</param>
/// <param name="Connector">The connector's name.</param>
/// <param name="Key">The callback key.</param>
/// <param name="Arguments">The persisted arguments (a UTF-8 JSON array).</param>
/// <param name="IsWebhook">Whether deliveries to a webhook URL run it.</param>
/// <param name="ChannelId">The channel of the execution that created it; work it starts runs on that channel.</param>
/// <param name="CreatedAt">When it was created.</param>
public sealed record StoredCallback(string Token, string Connector, string Key, byte[] Arguments, bool IsWebhook, string ChannelId, DateTimeOffset CreatedAt)
{
    /// <summary>Whether deliveries to this webhook run while the sender waits, and answer it.</summary>
    public bool IsSynchronous { get; init; }

    /// <summary>The channel work started by this token runs on.</summary>
    public ChannelKey Channel => new(Connector, ChannelId);
}
