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

    /// <summary>The title; <see langword="null"/> keeps the stored one.</summary>
    public string? Title { get; init; }

    /// <summary>
    /// The link type id (a connector link type, or one of the channel's link types from
    /// <c>GetChannelsAsync</c>); <see langword="null"/> keeps the stored one.
    /// </summary>
    public string? LinkType { get; init; }

    /// <summary>
    /// The status, one its link type declares (a status the type does not declare fails the execution);
    /// <see langword="null"/> keeps the stored one.
    /// </summary>
    public string? Status { get; init; }

    /// <summary>Who created the item in the external service; <see langword="null"/> keeps the stored one.</summary>
    public NewActor? Author { get; init; }

    /// <summary>
    /// Who the item is assigned to; <see langword="null"/> keeps the stored one, <see cref="NewActor.Nobody"/>
    /// clears it.
    /// </summary>
    public NewActor? Assignee { get; init; }

    /// <summary>When the item was created in the external service (not when it was synced).</summary>
    public DateTimeOffset? Created { get; init; }

    /// <summary>When the item last changed in the external service.</summary>
    public DateTimeOffset? Updated { get; init; }

    /// <summary>A short plain-text preview (never HTML); <see langword="null"/> keeps the stored one.</summary>
    public string? Preview { get; init; }

    /// <summary>The item's URL for people ("Open in ..."); keep its identity in <see cref="Source"/>.</summary>
    public string? SourceUrl { get; init; }

    /// <summary>Buttons on the item; <see langword="null"/> keeps the stored ones, empty removes them.</summary>
    public IReadOnlyList<ItemAction>? Actions { get; init; }

    /// <summary>Which of several items on one thread is primary (higher wins); <see langword="null"/> keeps the stored one.</summary>
    public int? Priority { get; init; }

    /// <summary>The source of another item this one belongs with (a bundling key).</summary>
    public string? RelatedSource { get; init; }

    /// <summary>The item's tags; <see langword="null"/> keeps the stored ones, empty removes them.</summary>
    public IReadOnlyCollection<Tag>? Tags { get; init; }

    /// <summary>When the item happens (events); <see langword="null"/> keeps the stored ones, empty removes them.</summary>
    public IReadOnlyList<NewSchedule>? Schedules { get; init; }

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
