namespace Twister.Samples.Jira.Sync;

/// <summary>
/// How a channel (a project) is synced, kept in the Store from its enable to its disable: the issues it covers
/// and the incremental sync's watermark.
/// </summary>
/// <param name="Scope">The JQL selecting the channel's issues (the project, and the history window).</param>
/// <param name="TimeZone">The time zone Jira reads JQL dates in (the token's user's).</param>
/// <param name="UpdatedSince">
/// The incremental sync's watermark, in Jira's time: every change at or after it is still to be read. Taken
/// from Jira's data (the latest <c>updated</c> seen), never from this machine's clock.
/// </param>
/// <param name="HistoryMin">The history window the channel was synced with; <see langword="null"/> for all of it.</param>
public sealed record ChannelSync(string Scope, string TimeZone, DateTimeOffset? UpdatedSince, DateTimeOffset? HistoryMin)
{
    /// <summary>Whether this sync already covers the window from <paramref name="historyMin"/>, so a backfill of it would read nothing new.</summary>
    /// <param name="historyMin">The window asked for.</param>
    public bool Covers(DateTimeOffset historyMin) => HistoryMin is null || HistoryMin <= historyMin;
}

/// <summary>Progress of a backfill (an initial sync or a recovery), one page per task.</summary>
/// <param name="PageToken">The token of the next page; <see langword="null"/> for the first.</param>
/// <param name="BatchNumber">The batch about to run, from 1.</param>
/// <param name="InitialSync">Whether items are marked read and unarchived (initial sync and recovery only).</param>
public sealed record BackfillState(string? PageToken, int BatchNumber, bool InitialSync);

/// <summary>Progress of an incremental sync pass, one page per task.</summary>
/// <param name="Jql">The pass's query (its watermark fixed when the pass started).</param>
/// <param name="PageToken">The token of the next page; <see langword="null"/> for the first.</param>
/// <param name="LatestUpdate">The latest <c>updated</c> seen so far: the next watermark.</param>
public sealed record UpdatesState(string Jql, string? PageToken, DateTimeOffset? LatestUpdate);

/// <summary>A channel's webhook: the host's URL and, once registered with Jira, its id and secret.</summary>
/// <param name="Url">The URL the host created (without the secret).</param>
/// <param name="JiraId">Jira's id of the registration; <see langword="null"/> for a local URL, which Jira cannot call.</param>
/// <param name="Secret">The secret appended to the registered URL's query string; deliveries without it are refused.</param>
/// <param name="RenewalTaskId">The task that refreshes the registration before it expires.</param>
public sealed record WebhookState(string Url, int? JiraId, string? Secret, string? RenewalTaskId);
