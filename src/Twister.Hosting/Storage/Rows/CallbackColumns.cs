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

    internal StoredCallback ToStoredCallback() => new(Token, Connector, CallbackKey, Arguments, IsWebhook, ChannelId, StoredTimes.FromUnixMs(CreatedAt));

    internal OrphanedCallback ToOrphan() => new(OrphanKind.Token, Token, Connector, CallbackKey, OrphanedReason ?? "");
}
