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
    public bool IsSynchronous { get; set; }

    /// <summary>The columns as every provider selects them from <c>callbacks</c>.</summary>
    public const string Columns = """
        token AS Token, connector AS Connector, callback_key AS CallbackKey, arguments AS Arguments, is_webhook AS IsWebhook,
        channel_id AS ChannelId, created_at AS CreatedAt, orphaned_reason AS OrphanedReason, is_synchronous AS IsSynchronous
        """;

    public StoredCallback ToStoredCallback() => new(Token, Connector, CallbackKey, Arguments, IsWebhook, ChannelId, StoredTimes.FromUnixMs(CreatedAt))
    {
        IsSynchronous = IsSynchronous,
    };

    public OrphanedCallback ToOrphan() => new(OrphanKind.Token, Token, Connector, CallbackKey, OrphanedReason ?? "");
}
