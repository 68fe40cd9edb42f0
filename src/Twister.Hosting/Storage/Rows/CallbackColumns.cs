using Twister.Hosting.Callbacks;

namespace Twister.Hosting.Storage.Rows;

/// <summary>A row of the <c>callbacks</c> table as providers select it.</summary>
internal sealed class CallbackColumns
{
    public string Token { get; set; } = "";
    public string Connector { get; set; } = "";
    public string CallbackKey { get; set; } = "";
    public byte[] Arguments { get; set; } = [];
    public bool IsWebhook { get; set; }
    public string ChannelId { get; set; } = "";
    public long CreatedAt { get; set; }
    public string? OrphanedReason { get; set; }

    public StoredCallback ToStoredCallback() => new(Token, Connector, CallbackKey, Arguments, IsWebhook, ChannelId, StoredTimes.FromUnixMs(CreatedAt));

    public OrphanedCallback ToOrphan() => new(OrphanKind.Token, Token, Connector, CallbackKey, OrphanedReason ?? "");
}
