using System.ComponentModel;

namespace Twister.Hosting.Storage.Rows;

#pragma warning disable CS1591 // one property per selected column, named as the column alias
/// <summary>A row of the <c>channels</c> table as providers select it.
/// Public only for storage providers in other assemblies (Dapper.AOT writes row readers for accessible types only); not for application code.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed class ChannelColumns
{
    public string Connector { get; set; } = "";
    public string ChannelId { get; set; } = "";
    public string Title { get; set; } = "";
    public string? Token { get; set; }
    public bool Enabled { get; set; }
    public string? LinkTypes { get; set; }

    /// <summary>The columns as every provider selects them from <c>channels</c>.</summary>
    internal const string Columns = "connector AS Connector, channel_id AS ChannelId, title AS Title, token AS Token, enabled AS Enabled, link_types AS LinkTypes";

    internal ChannelRecord ToRecord() => new(Connector, ChannelId, Title, Token, Enabled) { LinkTypesJson = LinkTypes };
}
