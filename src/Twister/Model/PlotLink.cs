namespace Twister;

/// <summary>A synced item as a Plot user left it, passed to <c>OnLinkUpdatedAsync</c> to write back.</summary>
/// <param name="ThreadId">Plot's id of the item's thread.</param>
/// <param name="Source">The item's source.</param>
/// <param name="ChannelId">The channel it was synced from.</param>
/// <param name="Type">Its link type.</param>
/// <param name="Status">Its status now.</param>
/// <param name="Title">Its title.</param>
/// <param name="Assignee">Who it is assigned to now, with their email and account in the connector's service when known.</param>
/// <param name="Meta">Its metadata (the external id, the mutable key, ...).</param>
public sealed record PlotLink(string ThreadId, string Source, string? ChannelId, string? Type, string? Status, string? Title, Actor? Assignee, ActivityMeta Meta);

/// <summary>What a Plot user changed on a synced item: write these back, and leave the rest.</summary>
/// <param name="Status">The status changed.</param>
/// <param name="Assignee">The assignee changed.</param>
public sealed record LinkChanges(bool Status, bool Assignee);

/// <summary>How a channel is being enabled, passed to <c>OnChannelEnabledAsync</c>.</summary>
/// <param name="HistoryMin">The earliest time the initial sync should reach back to (the user's history window); <see langword="null"/> for everything.</param>
/// <param name="Recovering">
/// Whether this is a recovery (after re-authorization) of a channel that was already enabled: drop
/// incremental cursors, register webhooks again, and backfill with <c>Unread = false</c>, <c>Archived = false</c>.
/// </param>
public sealed record SyncContext(DateTimeOffset? HistoryMin = null, bool Recovering = false)
{
    /// <summary>An ordinary first enable with no history limit.</summary>
    public static SyncContext Default { get; } = new();
}
