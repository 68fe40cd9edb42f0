using System.ComponentModel;
using Twister.Hosting.Callbacks;

namespace Twister.Hosting.Storage.Rows;

#pragma warning disable CS1591 // one property per selected column, named as the column alias
/// <summary>A row of the <c>callbacks</c> table as providers select it.
/// Public only for storage providers in other assemblies (Dapper.AOT writes row readers for accessible types only); not for application code.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed class CallbackColumns
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
    internal const string Columns = """
        token AS Token, connector AS Connector, callback_key AS CallbackKey, arguments AS Arguments, is_webhook AS IsWebhook,
        channel_id AS ChannelId, created_at AS CreatedAt, orphaned_reason AS OrphanedReason, is_synchronous AS IsSynchronous
        """;

    internal StoredCallback ToStoredCallback() => new(Token, Connector, CallbackKey, Arguments, IsWebhook, ChannelId, StoredTimes.FromUnixMs(CreatedAt))
    {
        IsSynchronous = IsSynchronous,
    };

    internal OrphanedCallback ToOrphan() => new(OrphanKind.Token, Token, Connector, CallbackKey, OrphanedReason ?? "");
}
