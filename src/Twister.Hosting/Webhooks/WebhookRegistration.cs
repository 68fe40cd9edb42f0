namespace Twister.Hosting.Webhooks;

/// <summary>A live webhook created by a connector.</summary>
/// <param name="Url">The URL deliveries go to.</param>
/// <param name="Connector">The connector's name.</param>
/// <param name="CallbackKey">The callback each delivery runs.</param>
public sealed record WebhookRegistration(string Url, string Connector, string CallbackKey)
{
    /// <summary>The channel its deliveries run on (the channel of the execution that created it).</summary>
    public string ChannelId { get; init; } = "";
}
