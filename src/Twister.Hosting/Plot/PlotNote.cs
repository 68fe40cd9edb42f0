namespace Twister.Hosting.Plot;

/// <summary>A note as stored by the host.</summary>
/// <param name="Id">Plot's id of the note.</param>
/// <param name="ActivityId">The activity it belongs to.</param>
/// <param name="Key">Its key within the activity, if any.</param>
/// <param name="Content">The content: markdown (HTML is converted on ingest) or plain text.</param>
/// <param name="ContentType">The stored format (never <see cref="ContentType.Html"/>).</param>
/// <param name="Author">Who wrote it.</param>
/// <param name="Links">Its links.</param>
/// <param name="BaselineHash">The write-back sync baseline (SHA-256 of the external content), if any.</param>
public sealed record PlotNote(long Id, long ActivityId, string? Key, string? Content, ContentType ContentType, Actor Author, IReadOnlyList<Link> Links, string? BaselineHash)
{
    /// <summary>When it was written in the external service.</summary>
    public DateTimeOffset? Created { get; init; }

    /// <summary>The key of the note it replies to.</summary>
    public string? ReplyTo { get; init; }

    /// <summary>The contact keys of the people it mentions.</summary>
    public IReadOnlyList<string> MentionKeys { get; init; } = [];

    /// <summary>Its tags.</summary>
    public IReadOnlyList<Tag> Tags { get; init; } = [];

    /// <summary>The author's contact details, when the author is a contact (filled by <see cref="PlotWorkspace"/>).</summary>
    public PlotContact? AuthorContact { get; init; }
}
