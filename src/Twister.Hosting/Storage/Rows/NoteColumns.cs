using System.ComponentModel;
using Twister.Hosting.Plot;

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

    internal PlotNote ToNote() => new(
        Id, ActivityId, NoteKey, Content, (ContentType)ContentType, new Actor(AuthorId, (ActorType)AuthorType, AuthorName),
        PlotJson.ReadLinks(Links), BaselineHash);
}
