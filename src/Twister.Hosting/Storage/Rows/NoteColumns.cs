using Twister.Hosting.Plot;

namespace Twister.Hosting.Storage.Rows;

/// <summary>A row of the <c>notes</c> table as providers select it.</summary>
internal sealed class NoteColumns
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

    public PlotNote ToNote() => new(
        Id, ActivityId, NoteKey, Content, (ContentType)ContentType, new Actor(AuthorId, (ActorType)AuthorType, AuthorName),
        PlotJson.ReadLinks(Links), BaselineHash);
}
