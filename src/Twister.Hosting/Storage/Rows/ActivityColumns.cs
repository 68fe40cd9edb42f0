using System.ComponentModel;
using Twister.Hosting.Plot;
using Twister.Hosting.Plot.Json;

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
    public string? AuthorKey { get; set; }
    public string? AssigneeKey { get; set; }
    public long? CreatedExternal { get; set; }
    public long? UpdatedExternal { get; set; }
    public string? Preview { get; set; }
    public int? Priority { get; set; }
    public string? RelatedSource { get; set; }
    public string? Tags { get; set; }
    public string? Actions { get; set; }
    public string? Schedules { get; set; }
    public bool ToDo { get; set; }
    public string? ToDoDate { get; set; }

    /// <summary>The columns as every provider selects them from <c>activities</c>.</summary>
    internal const string Select = """
        SELECT id AS Id, source AS Source, connector AS Connector, type AS Type, title AS Title, done AS Done, starts_at AS StartsAt,
               ends_at AS EndsAt, sync_provider AS SyncProvider, channel_id AS ChannelId, external_id AS ExternalId, meta AS Meta,
               link_type AS LinkType, link_status AS LinkStatus, source_url AS SourceUrl, unread AS Unread, archived AS Archived,
               author_key AS AuthorKey, assignee_key AS AssigneeKey, created_external AS CreatedExternal, updated_external AS UpdatedExternal,
               preview AS Preview, priority AS Priority, related_source AS RelatedSource, tags AS Tags, actions AS Actions, schedules AS Schedules,
               todo AS ToDo, todo_date AS ToDoDate
        FROM activities
        """;

    internal PlotActivity ToActivity() => new(
        Id, Source, Connector, (ActivityType)Type, Title, StoredTimes.FromUnixMs(Done), StoredTimes.FromUnixMs(StartsAt), StoredTimes.FromUnixMs(EndsAt),
        PlotJson.ReadMeta(SyncProvider, ChannelId, ExternalId, Meta), LinkType, LinkStatus, SourceUrl, Unread, Archived)
    {
        AuthorKey = AuthorKey,
        AssigneeKey = AssigneeKey,
        Created = StoredTimes.FromUnixMs(CreatedExternal),
        Updated = StoredTimes.FromUnixMs(UpdatedExternal),
        Preview = Preview,
        Priority = Priority,
        RelatedSource = RelatedSource,
        Tags = TagsJson.Read(Tags),
        Actions = ActionsJson.Read(Actions),
        Schedules = SchedulesJson.Read(Schedules),
        ToDo = ToDo,
        ToDoDate = ToDoDate is null ? null : DateOnly.ParseExact(ToDoDate, "O", System.Globalization.CultureInfo.InvariantCulture),
    };
}
