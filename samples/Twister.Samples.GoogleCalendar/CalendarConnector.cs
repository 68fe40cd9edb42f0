using Twister.Samples.GoogleCalendar.Api;
using Twister.Samples.GoogleCalendar.Sync;

namespace Twister.Samples.GoogleCalendar;

/// <summary>
/// Plot's Google Calendar connector in C#: the user's calendars are channels; their events become items of link
/// type <c>event</c> with schedules (timed and all-day, time zones, recurrence rules with moved and cancelled
/// occurrences, attendees and their answers). An initial sync within the history window, then incremental syncs
/// with sync tokens, started by push notifications on channels the connector renews before they expire; a Plot
/// user's answer to an invitation is written back.
/// </summary>
/// <remarks>
/// The parts: this file (channels, enable, disable), <c>CalendarConnector.Sync.cs</c> (the passes and their
/// batches), <c>CalendarConnector.Watch.cs</c> (push channels and notifications), <c>CalendarConnector.Rsvp.cs</c>
/// (answers written back). Mapping is in <see cref="EventItem"/>; docs/samples/google-calendar.md says where the
/// port differs from Plot's TypeScript connector and why.
/// </remarks>
[Connector("google-calendar", Provider = AuthProvider.Google, Scopes = [EventsScope, CalendarListScope], LinkTypes = [typeof(EventStatus)])]
[NetworkAccess("https://www.googleapis.com/calendar/*")]
public sealed partial class CalendarConnector : Connector<CalendarConnector>
{
    /// <summary>Read and answer events.</summary>
    public const string EventsScope = "https://www.googleapis.com/auth/calendar.events";

    /// <summary>List the user's calendars.</summary>
    public const string CalendarListScope = "https://www.googleapis.com/auth/calendar.calendarlist.readonly";

    /// <summary>How far back the initial sync reaches when the sync context sets no history window: a year and a day, so an annual event is inside it.</summary>
    public static readonly TimeSpan DefaultHistory = TimeSpan.FromDays(366);

    /// <inheritdoc/>
    public override async Task<IReadOnlyList<Channel>> GetChannelsAsync(Authorization authorization, AuthToken token, CancellationToken cancellationToken)
    {
        var client = new GoogleCalendarClient(Tools.Network.Http, token.Token);
        var calendars = await client.GetCalendarsAsync(cancellationToken);
        return [.. calendars.Select(c => new Channel(c.Id, c.Summary ?? c.Id))];
    }

    /// <inheritdoc/>
    /// <remarks>
    /// Starts the initial sync (a quick pass from now on, then a full pass over the history window) and queues the
    /// opening of the calendar's push channel as its own task, so a calendar Google cannot watch still syncs. With
    /// a history window no earlier than one already synced, nothing happens; enabling again otherwise resyncs,
    /// which updates items in place. A recovery drops the sync token first, so the listing starts afresh.
    /// </remarks>
    public override async Task OnChannelEnabledAsync(Channel channel, SyncContext context, CancellationToken cancellationToken)
    {
        var calendarId = channel.Id;
        if (context.Recovering)
        {
            await Store.ClearAsync(LastSyncTokenKey(calendarId), cancellationToken);
        }
        else if (context.HistoryMin is { } historyMin)
        {
            if (await Store.GetAsync<DateTimeOffset?>(HistoryMinKey(calendarId), cancellationToken) is { } synced && synced <= historyMin) return;
            await Store.SetAsync<DateTimeOffset?>(HistoryMinKey(calendarId), historyMin, cancellationToken);
        }
        await Store.SetAsync(EnabledKey(calendarId), true, cancellationToken);
        await StartPassAsync(calendarId, SyncPhase.Quick, initialSync: true, timeMin: Tools.Clock.GetUtcNow(), syncToken: null, cancellationToken);
        await Tools.Tasks.RunTaskAsync(Callbacks.OpenWatch(calendarId), cancellationToken);
    }

    /// <inheritdoc/>
    /// <remarks>Stops the push channel and forgets the calendar's state; the platform archives its items.</remarks>
    public override async Task OnChannelDisabledAsync(Channel channel, CancellationToken cancellationToken)
    {
        var calendarId = channel.Id;
        await StopWatchAsync(calendarId, cancellationToken);
        await Store.ClearAsync(EnabledKey(calendarId), cancellationToken);
        await Store.ClearAsync(SyncKey(calendarId), cancellationToken);
        await Store.ClearAsync(LastSyncTokenKey(calendarId), cancellationToken);
        await Store.ClearAsync(HistoryMinKey(calendarId), cancellationToken);
        foreach (var key in await Store.ListAsync(SeriesPrefix(calendarId), cancellationToken)) await Store.ClearAsync(key, cancellationToken);
    }

    private async Task<GoogleCalendarClient> GetClientAsync(string calendarId, CancellationToken cancellationToken)
    {
        var token = await Tools.Integrations.GetAsync(AuthProvider.Google, calendarId, cancellationToken)
                    ?? throw new InvalidOperationException($"No authentication token for calendar '{calendarId}'.");
        return new GoogleCalendarClient(Tools.Network.Http, token.Token);
    }

    /// <summary>The start of the history window: the sync context's, else <see cref="DefaultHistory"/> back from now.</summary>
    private async Task<DateTimeOffset> HistoryStartAsync(string calendarId, CancellationToken cancellationToken)
        => await Store.GetAsync<DateTimeOffset?>(HistoryMinKey(calendarId), cancellationToken) ?? Tools.Clock.GetUtcNow() - DefaultHistory;

    private static string EnabledKey(string calendarId) => $"sync_enabled_{calendarId}";

    private static string SyncKey(string calendarId) => $"sync_state_{calendarId}";

    private static string LastSyncTokenKey(string calendarId) => $"last_sync_token_{calendarId}";

    private static string HistoryMinKey(string calendarId) => $"sync_history_min_{calendarId}";

    private static string WatchKey(string calendarId) => $"watch_{calendarId}";

    private static string SeriesPrefix(string calendarId) => $"series_{calendarId}_";

    private static string SeriesKey(string calendarId, string masterId) => SeriesPrefix(calendarId) + masterId;
}
