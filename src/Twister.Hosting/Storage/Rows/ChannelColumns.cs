namespace Twister.Hosting.Storage.Rows;

/// <summary>A row of the <c>channels</c> table as providers select it.</summary>
internal sealed class ChannelColumns
{
    public string Connector { get; set; } = "";
    public string ChannelId { get; set; } = "";
    public string Title { get; set; } = "";
    public string? Token { get; set; }
    public bool Enabled { get; set; }

    public ChannelRecord ToRecord() => new(Connector, ChannelId, Title, Token, Enabled);
}
