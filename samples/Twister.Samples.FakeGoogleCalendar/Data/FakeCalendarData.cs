using System.Globalization;
using Twister.Samples.FakeGoogleCalendar.Model;
using Twister.Samples.FakeServices;

namespace Twister.Samples.FakeGoogleCalendar.Data;

/// <summary>
/// The fake Google account's calendars, events and push channels, seen by one user
/// (<see cref="UserEmail"/>: attendees and organizers with that email are <c>self</c>). Deterministic:
/// the same anchor day and seed give the same ids, texts and times; every change advances a private
/// clock by one minute and takes the next number of the change history that sync tokens count. The
/// edit methods are what the calendar's people do. Thread-safe.
/// </summary>
public sealed partial class FakeCalendarData
{
    /// <summary>How long a channel lives when the request names no <c>params.ttl</c> (Google's default, a week).</summary>
    public static readonly TimeSpan DefaultChannelLifetime = TimeSpan.FromDays(7);

    private static readonly HashSet<string> ResponseStatuses = new(StringComparer.Ordinal) { "needsAction", "accepted", "declined", "tentative" };

    private readonly object _gate = new();
    private readonly List<FakeCalendar> _calendars = [];
    private readonly Dictionary<(string CalendarId, string EventId), CalendarEvent> _events = [];
    private readonly Dictionary<string, long> _generations = new(StringComparer.Ordinal);
    private readonly Dictionary<string, WatchChannel> _channels = new(StringComparer.Ordinal);
    private readonly int _seed;
    private DateTimeOffset _clock;
    private long _changeCounter;

    private FakeCalendarData(int seed, DateTimeOffset clock)
    {
        _seed = seed;
        _clock = clock;
    }

    /// <summary>The signed-in user's email, which is also the id of their primary calendar.</summary>
    public string UserEmail => "ada@example.com";

    /// <summary>The account's current time.</summary>
    public DateTimeOffset Now
    {
        get { lock (_gate) return _clock; }
    }

    /// <summary>The calendar list.</summary>
    public IReadOnlyList<FakeCalendar> Calendars
    {
        get { lock (_gate) return [.. _calendars]; }
    }

    /// <summary>The open (unexpired, unstopped) push channels.</summary>
    public IReadOnlyList<WatchChannel> Channels
    {
        get { lock (_gate) return [.. _channels.Values.Where(c => c.Expiration > _clock)]; }
    }

    /// <summary>Moves the clock forward (for example past a channel's expiration).</summary>
    /// <param name="by">How far.</param>
    public void AdvanceClock(TimeSpan by)
    {
        lock (_gate) _clock += by;
    }

    /// <summary>The calendar with this id (<c>primary</c> names the user's own), or <see langword="null"/>.</summary>
    /// <param name="calendarId">The id.</param>
    public FakeCalendar? GetCalendar(string calendarId)
    {
        lock (_gate) return FindCalendarLocked(calendarId);
    }

    /// <summary>An event (deleted ones too, with status <c>cancelled</c>), or <see langword="null"/>.</summary>
    /// <param name="calendarId">The calendar.</param>
    /// <param name="eventId">The event id.</param>
    public CalendarEvent? GetEvent(string calendarId, string eventId)
    {
        lock (_gate) return FindCalendarLocked(calendarId) is { } c ? _events.GetValueOrDefault((c.Id, eventId)) : null;
    }

    /// <summary>Every stored event of a calendar (masters, exceptions, deleted ones), oldest first.</summary>
    /// <param name="calendarId">The calendar.</param>
    public IReadOnlyList<CalendarEvent> GetEvents(string calendarId)
    {
        lock (_gate) return FindCalendarLocked(calendarId) is { } c ? [.. _events.Values.Where(e => e.CalendarId == c.Id).OrderBy(e => e.Created).ThenBy(e => e.Id, StringComparer.Ordinal)] : [];
    }

    /// <summary>A page of <c>events.list</c>.</summary>
    /// <param name="calendarId">The calendar.</param>
    /// <param name="request">The listing's parameters.</param>
    /// <returns>The page, or <see langword="null"/> when the calendar does not exist.</returns>
    /// <exception cref="ArgumentException">Malformed parameters or tokens (400).</exception>
    /// <exception cref="SyncTokenExpiredException">The sync token is no longer valid (410).</exception>
    public EventListPage? ListEvents(string calendarId, EventListRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        lock (_gate)
        {
            if (FindCalendarLocked(calendarId) is not { } calendar) return null;
            return EventListing.List([.. _events.Values.Where(e => e.CalendarId == calendar.Id)], calendar.Id, _generations.GetValueOrDefault(calendar.Id), _changeCounter, request);
        }
    }

    /// <summary>Invalidates every sync token issued so far for a calendar: the next incremental listing gets 410 Gone.</summary>
    /// <param name="calendarId">The calendar.</param>
    public void ExpireSyncTokens(string calendarId)
    {
        lock (_gate)
        {
            var calendar = FindCalendarLocked(calendarId) ?? throw new KeyNotFoundException($"No calendar {calendarId}.");
            _generations[calendar.Id] = _generations.GetValueOrDefault(calendar.Id) + 1;
        }
    }

    /// <summary>Creates an event organized by the calendar's owner (the user on their primary calendar).</summary>
    /// <param name="calendarId">The calendar.</param>
    /// <param name="summary">The title.</param>
    /// <param name="start">The start.</param>
    /// <param name="end">The end.</param>
    /// <param name="recurrence">RRULE/EXDATE lines for a recurring series.</param>
    /// <param name="attendees">Attendees besides the organizer.</param>
    /// <param name="description">The description.</param>
    public CalendarEvent CreateEvent(string calendarId, string summary, EventTime start, EventTime end, IReadOnlyList<string>? recurrence = null, IReadOnlyList<Attendee>? attendees = null, string? description = null)
    {
        lock (_gate)
        {
            var calendar = FindCalendarLocked(calendarId) ?? throw new KeyNotFoundException($"No calendar {calendarId}.");
            var (organizerEmail, organizerName) = calendar.Primary ? (UserEmail, "Ada Lovelace") : (calendar.Id, calendar.Summary);
            var guests = attendees is { Count: > 0 } ? (IReadOnlyList<Attendee>)[new Attendee(organizerEmail, organizerName, "accepted", Organizer: true), .. attendees] : [];
            var id = StableIds.Base32(_seed, $"event/{calendar.Id}/{_changeCounter + 1}", 26);
            return AddLocked(new CalendarEvent(id, calendar.Id, $"{id}@google.com", "confirmed", summary, description, null, start, end, recurrence, null, null, organizerEmail, organizerName, guests, null, _clock, _clock, 0, 0));
        }
    }

    /// <summary>Edits an event; null arguments keep the value. A new start or end raises the sequence.</summary>
    /// <param name="calendarId">The calendar.</param>
    /// <param name="eventId">The event.</param>
    /// <param name="summary">A new title.</param>
    /// <param name="description">A new description.</param>
    /// <param name="start">A new start.</param>
    /// <param name="end">A new end.</param>
    /// <returns>The event, or <see langword="null"/> when it does not exist.</returns>
    public CalendarEvent? UpdateEvent(string calendarId, string eventId, string? summary = null, string? description = null, EventTime? start = null, EventTime? end = null)
    {
        lock (_gate)
        {
            if (FindEventLocked(calendarId, eventId) is not { } e) return null;
            var moved = start is not null || end is not null;
            return ChangeLocked(e with { Summary = summary ?? e.Summary, Description = description ?? e.Description, Start = start ?? e.Start, End = end ?? e.End, Sequence = moved ? e.Sequence + 1 : e.Sequence });
        }
    }

    /// <summary>An attendee answers the invitation (the user's own answer too, as from Google Calendar's UI).</summary>
    /// <param name="calendarId">The calendar.</param>
    /// <param name="eventId">The event.</param>
    /// <param name="email">The attendee's email.</param>
    /// <param name="responseStatus"><c>needsAction</c>, <c>accepted</c>, <c>declined</c> or <c>tentative</c>.</param>
    /// <returns>The event, or <see langword="null"/> when it does not exist.</returns>
    /// <exception cref="ArgumentException">Unknown status, or no such attendee.</exception>
    public CalendarEvent? Respond(string calendarId, string eventId, string email, string responseStatus)
    {
        if (!ResponseStatuses.Contains(responseStatus)) throw new ArgumentException($"'{responseStatus}' is not a response status.", nameof(responseStatus));
        lock (_gate)
        {
            if (FindEventLocked(calendarId, eventId) is not { } e) return null;
            if (e.Attendees.All(a => !a.Email.Equals(email, StringComparison.OrdinalIgnoreCase))) throw new ArgumentException($"{email} is not an attendee of {eventId}.", nameof(email));
            return ChangeLocked(e with { Attendees = [.. e.Attendees.Select(a => a.Email.Equals(email, StringComparison.OrdinalIgnoreCase) ? a with { ResponseStatus = responseStatus } : a)] });
        }
    }

    /// <summary>
    /// Applies a client's <c>PATCH</c> as the user: the organizer may change anything; a guest only their
    /// own <c>responseStatus</c> (Google answers 403 <c>forbiddenForNonOrganizer</c> otherwise).
    /// </summary>
    /// <param name="calendarId">The calendar.</param>
    /// <param name="eventId">The event.</param>
    /// <param name="summary">A new title.</param>
    /// <param name="description">A new description.</param>
    /// <param name="attendees">The whole new attendee list (PATCH replaces arrays).</param>
    /// <returns>The event, or <see langword="null"/> when it does not exist.</returns>
    /// <exception cref="UnauthorizedAccessException">A guest changed what only the organizer may.</exception>
    /// <exception cref="ArgumentException">An unknown response status.</exception>
    public CalendarEvent? Patch(string calendarId, string eventId, string? summary, string? description, IReadOnlyList<Attendee>? attendees)
    {
        if (attendees?.FirstOrDefault(a => !ResponseStatuses.Contains(a.ResponseStatus)) is { } bad) throw new ArgumentException($"'{bad.ResponseStatus}' is not a response status.", nameof(attendees));
        lock (_gate)
        {
            if (FindEventLocked(calendarId, eventId) is not { } e) return null;
            var organizer = e.OrganizerEmail.Equals(UserEmail, StringComparison.OrdinalIgnoreCase) || e.CalendarId != UserEmail && FindCalendarLocked(e.CalendarId)!.AccessRole != "reader";
            if (!organizer && (summary is not null && summary != e.Summary || description is not null && description != e.Description || attendees is not null && !OnlySelfAnswerDiffers(e.Attendees, attendees, UserEmail)))
                throw new UnauthorizedAccessException("Shared properties can only be changed by the organizer of the event.");
            return ChangeLocked(e with { Summary = summary ?? e.Summary, Description = description ?? e.Description, Attendees = attendees ?? e.Attendees });
        }
    }

    /// <summary>Deletes an event: it stays, with status <c>cancelled</c>, for incremental listings and <c>showDeleted</c>.</summary>
    /// <param name="calendarId">The calendar.</param>
    /// <param name="eventId">The event (an exception instance's id cancels that occurrence).</param>
    /// <returns>The cancelled event, or <see langword="null"/> when it does not exist.</returns>
    /// <exception cref="InvalidOperationException">It is already deleted (the API answers 410).</exception>
    public CalendarEvent? DeleteEvent(string calendarId, string eventId)
    {
        lock (_gate)
        {
            if (FindEventLocked(calendarId, eventId) is not { } e) return null;
            if (e.Status == "cancelled") throw new InvalidOperationException($"{eventId} is already deleted.");
            return ChangeLocked(e with { Status = "cancelled" });
        }
    }

    /// <summary>Moves or retitles one occurrence of a series: it becomes an exception with <c>recurringEventId</c> and <c>originalStartTime</c>.</summary>
    /// <param name="calendarId">The calendar.</param>
    /// <param name="masterId">The series' master.</param>
    /// <param name="originalStart">The occurrence's start by the rule (the fake does not expand rules; it trusts this).</param>
    /// <param name="start">The new start.</param>
    /// <param name="end">The new end.</param>
    /// <param name="summary">A new title for this occurrence.</param>
    public CalendarEvent ModifyOccurrence(string calendarId, string masterId, EventTime originalStart, EventTime start, EventTime end, string? summary = null)
    {
        lock (_gate) return OccurrenceLocked(calendarId, masterId, originalStart, e => e with { Status = "confirmed", Start = start, End = end, Summary = summary ?? e.Summary, Sequence = e.Sequence + 1 });
    }

    /// <summary>Cancels one occurrence of a series (an exception with status <c>cancelled</c>).</summary>
    /// <param name="calendarId">The calendar.</param>
    /// <param name="masterId">The series' master.</param>
    /// <param name="originalStart">The occurrence's start by the rule.</param>
    public CalendarEvent CancelOccurrence(string calendarId, string masterId, EventTime originalStart)
    {
        lock (_gate) return OccurrenceLocked(calendarId, masterId, originalStart, e => e with { Status = "cancelled" });
    }

    /// <summary>Opens a push channel on a calendar's events (<c>events/watch</c>); its first message is the <c>sync</c> message.</summary>
    /// <param name="calendarId">The calendar.</param>
    /// <param name="channelId">The client's channel id (unique).</param>
    /// <param name="address">The HTTPS address notifications go to.</param>
    /// <param name="token">The client's token.</param>
    /// <param name="ttl">The requested lifetime; <see cref="DefaultChannelLifetime"/> when omitted.</param>
    /// <exception cref="ArgumentException">The channel id is taken.</exception>
    public WatchChannel OpenChannel(string calendarId, string channelId, string address, string? token, TimeSpan? ttl = null)
    {
        lock (_gate)
        {
            var calendar = FindCalendarLocked(calendarId) ?? throw new KeyNotFoundException($"No calendar {calendarId}.");
            if (_channels.ContainsKey(channelId)) throw new ArgumentException($"Channel id {channelId} not unique", nameof(channelId));
            var channel = new WatchChannel(channelId, StableIds.Base32(_seed, $"resource/{calendar.Id}", 27), calendar.Id, address, token, _clock + (ttl ?? DefaultChannelLifetime), 1);
            _channels[channelId] = channel;
            return channel;
        }
    }

    /// <summary>Stops a channel (<c>channels/stop</c>).</summary>
    /// <param name="channelId">The channel id.</param>
    /// <param name="resourceId">The resource id the channel was given.</param>
    /// <returns>Whether an open channel with both ids existed.</returns>
    public bool StopChannel(string channelId, string resourceId)
    {
        lock (_gate) return _channels.TryGetValue(channelId, out var c) && c.ResourceId == resourceId && c.Expiration > _clock && _channels.Remove(channelId);
    }

    /// <summary>Takes the channel's next message number, for a notification.</summary>
    /// <param name="channelId">The channel.</param>
    /// <returns>The channel as of that message.</returns>
    /// <exception cref="InvalidOperationException">The channel is unknown, stopped or expired: Google sends nothing.</exception>
    internal WatchChannel NextMessage(string channelId)
    {
        lock (_gate)
        {
            if (!_channels.TryGetValue(channelId, out var channel) || channel.Expiration <= _clock)
                throw new InvalidOperationException($"Channel {channelId} is not open (stopped, expired or never opened); Google would send nothing.");
            return _channels[channelId] = channel with { MessageNumber = channel.MessageNumber + 1 };
        }
    }

    private CalendarEvent OccurrenceLocked(string calendarId, string masterId, EventTime originalStart, Func<CalendarEvent, CalendarEvent> change)
    {
        var master = FindEventLocked(calendarId, masterId) ?? throw new KeyNotFoundException($"No event {masterId}.");
        if (master.Recurrence is null) throw new ArgumentException($"{masterId} is not a recurring series.", nameof(masterId));
        var id = $"{master.Id}_{(originalStart.Date is { } day ? day.ToString("yyyyMMdd", CultureInfo.InvariantCulture) : originalStart.Instant.UtcDateTime.ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture))}";
        if (_events.TryGetValue((master.CalendarId, id), out var existing)) return ChangeLocked(change(existing));
        var duration = master.End.Instant - master.Start.Instant;
        var end = originalStart.Date is { } d ? EventTime.AllDay(d.AddDays((int)duration.TotalDays)) : originalStart with { DateTime = originalStart.DateTime + duration };
        var instance = master with { Id = id, Recurrence = null, RecurringEventId = master.Id, OriginalStartTime = originalStart, Start = originalStart, End = end, Created = _clock };
        return AddLocked(change(instance));
    }

    private static bool OnlySelfAnswerDiffers(IReadOnlyList<Attendee> before, IReadOnlyList<Attendee> after, string self)
        => before.Count == after.Count && before.Zip(after).All(p => p.First.Email.Equals(p.Second.Email, StringComparison.OrdinalIgnoreCase)
            && (p.First.ResponseStatus == p.Second.ResponseStatus || p.First.Email.Equals(self, StringComparison.OrdinalIgnoreCase)));

    private FakeCalendar? FindCalendarLocked(string calendarId)
        => calendarId == "primary" ? _calendars.FirstOrDefault(c => c.Primary) : _calendars.FirstOrDefault(c => c.Id == calendarId);

    private CalendarEvent? FindEventLocked(string calendarId, string eventId)
        => FindCalendarLocked(calendarId) is { } c ? _events.GetValueOrDefault((c.Id, eventId)) : null;

    private CalendarEvent AddLocked(CalendarEvent e)
    {
        e = e with { Updated = Tick(), ChangeNumber = ++_changeCounter };
        _events[(e.CalendarId, e.Id)] = e;
        return e;
    }

    private CalendarEvent ChangeLocked(CalendarEvent e) => _events[(e.CalendarId, e.Id)] = e with { Updated = Tick(), ChangeNumber = ++_changeCounter };

    private DateTimeOffset Tick() => _clock = _clock.AddMinutes(1);
}
