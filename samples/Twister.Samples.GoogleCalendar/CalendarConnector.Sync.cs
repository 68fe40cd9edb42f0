using Twister.Samples.GoogleCalendar.Api;
using Twister.Samples.GoogleCalendar.Sync;

namespace Twister.Samples.GoogleCalendar;

/// <summary>
/// Sync passes: each lists a calendar page by page, one page per task (a fresh execution and budget), and ends
/// with the sync token the next incremental pass starts from.
/// </summary>
public sealed partial class CalendarConnector
{
    /// <summary>How far back an incremental pass looks when no sync token was kept (it lists by time instead).</summary>
    private static readonly TimeSpan IncrementalFallback = TimeSpan.FromDays(7);

    /// <summary>Syncs one page of a pass, then queues the next page, the next phase, or a follow-up pass.</summary>
    /// <param name="calendarId">The calendar being synced.</param>
    /// <param name="passId">The pass that queued this batch.</param>
    /// <param name="cancellationToken">Supplied by the runtime.</param>
    [Callback]
    private async Task SyncBatch(string calendarId, string passId, CancellationToken cancellationToken)
    {
        var state = await Store.GetAsync<SyncState>(SyncKey(calendarId), cancellationToken);
        if (state is null || state.PassId != passId) return; // the calendar was disabled, or a newer pass replaced this one
        var client = await GetClientAsync(calendarId, cancellationToken);
        var page = await client.ListEventsAsync(calendarId, state.TimeMin, state.SyncToken, state.PageToken, cancellationToken);
        if (page is null)
        {
            // 410 Gone: the sync token expired. List everything in the history window again; items are upserted
            // by source, so the relisting updates them in place and duplicates nothing.
            await Store.ClearAsync(LastSyncTokenKey(calendarId), cancellationToken);
            state = state with
            {
                Phase = state.Phase == SyncPhase.Incremental ? SyncPhase.Full : state.Phase,
                TimeMin = state.SyncToken is null ? state.TimeMin : await HistoryStartAsync(calendarId, cancellationToken),
                SyncToken = null,
                PageToken = null,
            };
            page = await client.ListEventsAsync(calendarId, state.TimeMin, null, null, cancellationToken)
                   ?? throw new GoogleApiException($"GET events of {calendarId}", System.Net.HttpStatusCode.Gone, "fullSyncRequired", "a full listing without a sync token was refused too");
        }

        await ApplyPageAsync(calendarId, page.Items ?? [], state.InitialSync, client, cancellationToken);

        if (page.NextPageToken is { } next)
        {
            await Store.SetAsync(SyncKey(calendarId), state with { PageToken = next }, cancellationToken);
            await Tools.Tasks.RunTaskAsync(Callbacks.SyncBatch(calendarId, passId), cancellationToken);
            return;
        }
        if (page.NextSyncToken is { } syncToken) await Store.SetAsync(LastSyncTokenKey(calendarId), syncToken, cancellationToken);
        if (state.Phase == SyncPhase.Quick)
        {
            var full = state with { Phase = SyncPhase.Full, TimeMin = await HistoryStartAsync(calendarId, cancellationToken), PageToken = null };
            await Store.SetAsync(SyncKey(calendarId), full, cancellationToken);
            await Tools.Tasks.RunTaskAsync(Callbacks.SyncBatch(calendarId, passId), cancellationToken);
        }
        else if (state.FollowUp && page.NextSyncToken is not null)
        {
            await StartPassAsync(calendarId, SyncPhase.Incremental, initialSync: false, timeMin: null, page.NextSyncToken, cancellationToken);
        }
        else
        {
            await Store.ClearAsync(SyncKey(calendarId), cancellationToken);
        }
    }

    /// <summary>Starts a pass: its state, under a new pass id, and its first batch.</summary>
    private async Task StartPassAsync(string calendarId, SyncPhase phase, bool initialSync, DateTimeOffset? timeMin, string? syncToken, CancellationToken cancellationToken)
    {
        var passId = Guid.NewGuid().ToString("N");
        await Store.SetAsync(SyncKey(calendarId), new SyncState(passId, phase, initialSync, timeMin, syncToken, PageToken: null), cancellationToken);
        await Tools.Tasks.RunTaskAsync(Callbacks.SyncBatch(calendarId, passId), cancellationToken);
    }

    /// <summary>
    /// Starts an incremental pass after a notification: from the kept sync token (or the last week, without one).
    /// A pass already running is asked for a follow-up instead, so the change is listed once it ends.
    /// </summary>
    private async Task StartIncrementalPassAsync(string calendarId, CancellationToken cancellationToken)
    {
        if (await Store.GetAsync<SyncState>(SyncKey(calendarId), cancellationToken) is { } running)
        {
            await Store.SetAsync(SyncKey(calendarId), running with { FollowUp = true }, cancellationToken);
            return;
        }
        var syncToken = await Store.GetAsync<string>(LastSyncTokenKey(calendarId), cancellationToken);
        var timeMin = syncToken is null ? Tools.Clock.GetUtcNow() - IncrementalFallback : (DateTimeOffset?)null;
        await StartPassAsync(calendarId, SyncPhase.Incremental, initialSync: false, timeMin, syncToken, cancellationToken);
    }

    /// <summary>
    /// Applies one page of events. Changed and cancelled occurrences (instances) are merged into their series'
    /// stored exceptions, and the series is sent whole: with its master when the master is on the page, else with
    /// the master fetched once. Deleted events mark the items Plot holds for them cancelled.
    /// </summary>
    private async Task ApplyPageAsync(string calendarId, IReadOnlyList<GoogleEvent> events, bool initialSync, GoogleCalendarClient client, CancellationToken cancellationToken)
    {
        var now = Tools.Clock.GetUtcNow();
        var series = new Dictionary<string, (SeriesExceptions Exceptions, List<NewNote> Notes)>(StringComparer.Ordinal);
        foreach (var instances in events.Where(e => e.IsInstance).GroupBy(e => e.RecurringEventId!, StringComparer.Ordinal))
        {
            var key = SeriesKey(calendarId, instances.Key);
            var stored = await Store.GetAsync<SeriesExceptions>(key, cancellationToken) ?? SeriesExceptions.None;
            var exceptions = stored.With(instances.Select(SeriesException.From).OfType<SeriesException>());
            await Store.SetAsync(key, exceptions, cancellationToken);
            // A cancellation is news once: when an incremental pass first sees it, for an occurrence still ahead.
            // The initial sync, and a full listing after an expired token, find known or past ones.
            var notes = initialSync
                ? []
                : instances.Where(i => i.IsCancelled && i.OriginalStartTime!.Instant > now && !stored.IsCancelled(i.OriginalStartTime.Instant!.Value))
                    .Select(EventItem.OccurrenceCancelledNote).ToList();
            series[instances.Key] = (exceptions, notes);
        }

        foreach (var e in events.Where(e => !e.IsInstance))
        {
            if (e.IsCancelled)
            {
                if (!initialSync) await ApplyDeletionAsync(calendarId, e, now, cancellationToken);
                continue;
            }
            var (exceptions, notes) = series.Remove(e.Id, out var changed)
                ? changed
                : (e.Recurrence is null ? null : await Store.GetAsync<SeriesExceptions>(SeriesKey(calendarId, e.Id), cancellationToken), []);
            await Tools.Plot.CreateActivityAsync(EventItem.From(e, calendarId, exceptions, notes, initialSync), cancellationToken);
        }

        // Occurrences whose master is not on this page: the series is sent with its master as Google has it now.
        // A master that is gone or deleted is not brought back; its exceptions wait in the store.
        foreach (var (masterId, (exceptions, notes)) in series)
        {
            if (events.Any(e => e.Id == masterId)) continue;
            if (await client.GetEventAsync(calendarId, masterId, cancellationToken) is { IsCancelled: false, Recurrence: not null } master)
                await Tools.Plot.CreateActivityAsync(EventItem.From(master, calendarId, exceptions, notes, initialSync), cancellationToken);
        }
    }

    /// <summary>
    /// An event deleted in Google, seen by an incremental pass: the item Plot holds for it becomes cancelled. One
    /// Plot never held (deleted before the first sync, or outside the window) and one that already ended are left
    /// alone, so a deletion never creates an item or notifies about the past.
    /// </summary>
    private async Task ApplyDeletionAsync(string calendarId, GoogleEvent e, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var stored = await Tools.Plot.GetActivityAsync(EventItem.SourceOf(e.Id), cancellationToken);
        if (stored is null || stored.Status == EventStatus.Cancelled.ToStatus()) return;
        if (EventItem.EndOf(stored.Meta) is { } end && end <= now) return;
        await Tools.Plot.CreateActivityAsync(EventItem.Cancelled(e, calendarId, stored), cancellationToken);
    }
}
