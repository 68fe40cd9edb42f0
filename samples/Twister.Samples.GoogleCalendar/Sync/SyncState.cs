namespace Twister.Samples.GoogleCalendar.Sync;

/// <summary>Which listing a sync pass is making.</summary>
public enum SyncPhase
{
    /// <summary>The initial sync's first pass: events from now on (and every recurring series), so what is upcoming arrives first.</summary>
    Quick,

    /// <summary>The initial sync's second pass: everything since the start of the history window; it ends with the sync token.</summary>
    Full,

    /// <summary>What changed since the last sync token (after a push notification).</summary>
    Incremental,
}

/// <summary>
/// Progress of a calendar's sync pass, kept in the Store between batches (each batch is a fresh execution).
/// </summary>
/// <param name="PassId">Identifies the pass: a batch queued by an earlier pass finds another id here and does nothing.</param>
/// <param name="Phase">Which listing the pass makes.</param>
/// <param name="InitialSync">Whether this is the calendar's first sync (only then are unread/archived set).</param>
/// <param name="TimeMin">The listing's lower bound, for a listing without a sync token.</param>
/// <param name="SyncToken">The sync token the listing starts from, for an incremental listing.</param>
/// <param name="PageToken">Where the next page of the listing starts; <see langword="null"/> for its first page.</param>
/// <param name="FollowUp">A notification arrived during the pass: run an incremental pass after it.</param>
public sealed record SyncState(string PassId, SyncPhase Phase, bool InitialSync, DateTimeOffset? TimeMin, string? SyncToken, string? PageToken, bool FollowUp = false);
