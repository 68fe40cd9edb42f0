namespace Twister.Hosting.Storage.Rows;

/// <summary>A row of the <c>channels</c> table as providers select it.</summary>
internal sealed class ChannelColumns
{
    public string Connector { get; set; } = "";
    public string ChannelId { get; set; } = "";
    public string Title { get; set; } = "";
    public string? Token { get; set; }
    public bool Enabled { get; set; }
    public string? LinkTypes { get; set; }

    /// <summary>The columns as every provider selects them from <c>channels</c>.</summary>
    public const string Columns = "connector AS Connector, channel_id AS ChannelId, title AS Title, token AS Token, enabled AS Enabled, link_types AS LinkTypes";

    public ChannelRecord ToRecord() => new(Connector, ChannelId, Title, Token, Enabled) { LinkTypesJson = LinkTypes };
}
