namespace Twister;

/// <summary>
/// An activity to create or update in Plot. Activities are upserted by <see cref="Source"/>, so
/// syncing the same external item twice updates it instead of creating a duplicate thread.
/// </summary>
public sealed record NewActivity
{
    /// <summary>
    /// The canonical, immutable identity of the external item (for example
    /// <c>"linear:issue:&lt;uuid&gt;"</c>). Never build it from a mutable key, number, title or URL.
    /// </summary>
    public string? Source { get; init; }

    /// <summary>The kind of activity.</summary>
    public ActivityType Type { get; init; }

    /// <summary>The title.</summary>
    public string? Title { get; init; }

    /// <summary>When the item was completed, or <see langword="null"/> while open.</summary>
    public DateTimeOffset? Done { get; init; }

    /// <summary>When the item starts (events).</summary>
    public DateTimeOffset? Start { get; init; }

    /// <summary>When the item ends (events).</summary>
    public DateTimeOffset? End { get; init; }

    /// <summary>Metadata; must carry <see cref="ActivityMeta.SyncProvider"/> and <see cref="ActivityMeta.ChannelId"/>.</summary>
    public ActivityMeta? Meta { get; init; }

    /// <summary>Notes, upserted by key.</summary>
    public IReadOnlyList<NewNote>? Notes { get; init; }

    /// <summary>
    /// Set to <see langword="false"/> on initial sync only; leave <see langword="null"/> on incremental
    /// sync so the user's read state survives.
    /// </summary>
    public bool? Unread { get; init; }

    /// <summary>
    /// Set to <see langword="false"/> on initial sync only; leave <see langword="null"/> on incremental
    /// sync so the user's archive choice survives.
    /// </summary>
    public bool? Archived { get; init; }
}
