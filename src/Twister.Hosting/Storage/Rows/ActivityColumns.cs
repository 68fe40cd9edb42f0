using System.ComponentModel;
using Twister.Hosting.Plot;

namespace Twister.Hosting.Storage.Rows;

#pragma warning disable CS1591 // one property per selected column, named as the column alias
/// <summary>A row of the <c>activities</c> table as providers select it.
/// Public only for storage providers in other assemblies (Dapper.AOT writes row readers for accessible types only); not for application code.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed class ActivityColumns
{
    public long Id { get; set; }
    public string? Source { get; set; }
    public string? Connector { get; set; }
    public int Type { get; set; }
    public string? Title { get; set; }
    public long? Done { get; set; }
    public long? StartsAt { get; set; }
    public long? EndsAt { get; set; }
    public string? SyncProvider { get; set; }
    public string? ChannelId { get; set; }
    public string? ExternalId { get; set; }
    public string? Meta { get; set; }
    public string? LinkType { get; set; }
    public string? LinkStatus { get; set; }
    public string? SourceUrl { get; set; }
    public bool Unread { get; set; }
    public bool Archived { get; set; }

    internal PlotActivity ToActivity() => new(
        Id, Source, Connector, (ActivityType)Type, Title, StoredTimes.FromUnixMs(Done), StoredTimes.FromUnixMs(StartsAt), StoredTimes.FromUnixMs(EndsAt),
        PlotJson.ReadMeta(SyncProvider, ChannelId, ExternalId, Meta), LinkType, LinkStatus, SourceUrl, Unread, Archived);
}
