namespace Twister;

/// <summary>A note to create or update on an activity. Notes are upserted by <see cref="Key"/>.</summary>
public sealed record NewNote
{
    /// <summary>
    /// The note's key within its activity (for example <c>"description"</c> or <c>"comment-123"</c>);
    /// a note with the same key is updated instead of added.
    /// </summary>
    public string? Key { get; init; }

    /// <summary>The content, in <see cref="ContentType"/> format.</summary>
    public string? Content { get; init; }

    /// <summary>The format of <see cref="Content"/>; HTML is converted to markdown by the platform.</summary>
    public ContentType ContentType { get; init; }

    /// <summary>Links shown on the note.</summary>
    public IReadOnlyList<Link>? Links { get; init; }

    /// <summary>
    /// Who wrote the note in the external service: a <see cref="NewContact"/>, or an existing
    /// <see cref="Actor"/>; the connector itself when omitted.
    /// </summary>
    public NewActor? Author { get; init; }

    /// <summary>When the note was written in the external service (not when it was synced).</summary>
    public DateTimeOffset? Created { get; init; }

    /// <summary>The key of the note this one replies to, in the same item (threaded replies).</summary>
    public string? ReplyTo { get; init; }

    /// <summary>The people the note mentions.</summary>
    public IReadOnlyList<NewActor>? Mentions { get; init; }

    /// <summary>The note's tags.</summary>
    public IReadOnlyCollection<Tag>? Tags { get; init; }
}
