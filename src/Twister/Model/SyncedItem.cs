namespace Twister;

/// <summary>One of the connector's own items as Plot holds it (from <c>Tools.Plot.GetActivityAsync</c>).</summary>
/// <param name="Source">Its source.</param>
/// <param name="Type">The kind of activity.</param>
/// <param name="Title">Its title.</param>
/// <param name="LinkType">Its link type.</param>
/// <param name="Status">Its status.</param>
/// <param name="Meta">Its metadata.</param>
/// <param name="Unread">Whether the user has not read it.</param>
/// <param name="Archived">Whether the user archived it.</param>
public sealed record SyncedItem(string Source, ActivityType Type, string? Title, string? LinkType, string? Status, ActivityMeta Meta, bool Unread, bool Archived)
{
    /// <summary>Who it is assigned to.</summary>
    public Actor? Assignee { get; init; }

    /// <summary>Who created it.</summary>
    public Actor? Author { get; init; }

    /// <summary>Its tags.</summary>
    public IReadOnlyCollection<Tag> Tags { get; init; } = [];
}

/// <summary>A note of one of the connector's own items as Plot holds it.</summary>
/// <param name="Key">Its key, if it has one.</param>
/// <param name="Content">Its content (markdown, or text).</param>
/// <param name="Author">Who wrote it.</param>
public sealed record SyncedNote(string? Key, string? Content, Actor Author)
{
    /// <summary>The key of the note it replies to.</summary>
    public string? ReplyTo { get; init; }
}
