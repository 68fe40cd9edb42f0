using System.ComponentModel;
using Twister.Hosting.Plot;
using Twister.Hosting.Plot.Json;

namespace Twister.Hosting.Storage.Rows;

#pragma warning disable CS1591 // one property per selected column, named as the column alias
/// <summary>A row of the <c>notes</c> table as providers select it.
/// Public only for storage providers in other assemblies (Dapper.AOT writes row readers for accessible types only); not for application code.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed class NoteColumns
{
    public long Id { get; set; }
    public long ActivityId { get; set; }
    public string? NoteKey { get; set; }
    public string? Content { get; set; }
    public int ContentType { get; set; }
    public string AuthorId { get; set; } = "";
    public int AuthorType { get; set; }
    public string? AuthorName { get; set; }
    public string? Links { get; set; }
    public string? BaselineHash { get; set; }
    public long? CreatedExternal { get; set; }
    public string? ReplyTo { get; set; }
    public string? Mentions { get; set; }
    public string? Tags { get; set; }

    /// <summary>The columns as every provider selects them from <c>notes</c>.</summary>
    internal const string Select = """
        SELECT id AS Id, activity_id AS ActivityId, note_key AS NoteKey, content AS Content, content_type AS ContentType,
               author_id AS AuthorId, author_type AS AuthorType, author_name AS AuthorName, links AS Links, baseline_hash AS BaselineHash,
               created_external AS CreatedExternal, reply_to AS ReplyTo, mentions AS Mentions, tags AS Tags
        FROM notes
        """;

    internal PlotNote ToNote() => new(
        Id, ActivityId, NoteKey, Content, (ContentType)ContentType, new Actor(AuthorId, (ActorType)AuthorType, AuthorName),
        PlotJson.ReadLinks(Links), BaselineHash)
    {
        Created = StoredTimes.FromUnixMs(CreatedExternal),
        ReplyTo = ReplyTo,
        MentionKeys = KeysJson.Read(Mentions),
        Tags = TagsJson.Read(Tags),
    };
}
