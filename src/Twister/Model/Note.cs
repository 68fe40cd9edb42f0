namespace Twister;

/// <summary>A note as stored in Plot, passed to the write-back hooks.</summary>
/// <param name="Id">Plot's id of the note.</param>
/// <param name="Key">The note's key within its thread, if it has one.</param>
/// <param name="Content">The content as markdown.</param>
/// <param name="Author">Who wrote it.</param>
public sealed record Note(string Id, string? Key, string? Content, Actor Author)
{
    /// <summary>The key of the note it replies to, if it is a reply.</summary>
    public string? ReplyTo { get; init; }
}

/// <summary>A Plot thread (an activity) as passed to the write-back hooks.</summary>
/// <param name="Id">Plot's id of the thread.</param>
/// <param name="Source">The activity source the connector gave it.</param>
/// <param name="Title">The title.</param>
/// <param name="Meta">The activity's metadata.</param>
public sealed record PlotThread(string Id, string? Source, string? Title, ActivityMeta Meta)
{
    /// <summary>The channel the item was synced from.</summary>
    public string? ChannelId => Meta.ChannelId;
}

/// <summary>What a write-back hook stored in the external service.</summary>
/// <param name="Key">The key to give the Plot note (for example <c>"comment-123"</c>), or <see langword="null"/> to keep its key.</param>
/// <param name="ExternalContent">
/// Exactly what the connector's sync-in will emit as <see cref="NewNote.Content"/> for this note; the
/// runtime hashes it as the sync baseline.
/// </param>
public sealed record NoteWriteBackResult(string? Key = null, string? ExternalContent = null);
