namespace Twister.Samples.FakeGoogleCalendar.Model;

/// <summary>A calendar of the user's calendar list (a channel of the calendar connector).</summary>
/// <param name="Id">The calendar id (the owner's email for a primary calendar).</param>
/// <param name="Summary">The title.</param>
/// <param name="Description">A description, or <see langword="null"/>.</param>
/// <param name="TimeZone">The IANA time zone.</param>
/// <param name="Primary">Whether it is the user's own primary calendar.</param>
/// <param name="AccessRole">The user's access: <c>owner</c>, <c>writer</c> or <c>reader</c>.</param>
public sealed record FakeCalendar(string Id, string Summary, string? Description, string TimeZone, bool Primary, string AccessRole);

/// <summary>An event's start or end: a <see cref="Date"/> (all-day, end exclusive) or a <see cref="DateTime"/> with its <see cref="TimeZone"/>.</summary>
/// <param name="Date">The day of an all-day event.</param>
/// <param name="DateTime">The instant of a timed event, with the offset of its time zone.</param>
/// <param name="TimeZone">The IANA time zone of a timed event.</param>
public sealed record EventTime(DateOnly? Date, DateTimeOffset? DateTime, string? TimeZone)
{
    /// <summary>An all-day boundary.</summary>
    /// <param name="date">The day.</param>
    public static EventTime AllDay(DateOnly date) => new(date, null, null);

    /// <summary>A timed boundary at a wall-clock time of a time zone.</summary>
    /// <param name="date">The day.</param>
    /// <param name="time">The wall-clock time.</param>
    /// <param name="timeZone">The IANA time zone.</param>
    public static EventTime At(DateOnly date, TimeOnly time, string timeZone)
    {
        var zone = TimeZoneInfo.FindSystemTimeZoneById(timeZone);
        var local = date.ToDateTime(time);
        return new(null, new DateTimeOffset(local, zone.GetUtcOffset(local)), timeZone);
    }

    /// <summary>The instant it stands for (midnight UTC for a day).</summary>
    public DateTimeOffset Instant => DateTime ?? new DateTimeOffset(Date!.Value.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
}

/// <summary>An attendee.</summary>
/// <param name="Email">The email.</param>
/// <param name="DisplayName">The name, or <see langword="null"/>.</param>
/// <param name="ResponseStatus"><c>needsAction</c>, <c>accepted</c>, <c>declined</c> or <c>tentative</c>.</param>
/// <param name="Organizer">Whether the attendee organizes the event.</param>
/// <param name="Optional">Whether attendance is optional.</param>
/// <param name="Resource">Whether it is a room or other resource.</param>
public sealed record Attendee(string Email, string? DisplayName, string ResponseStatus, bool Organizer = false, bool Optional = false, bool Resource = false);

/// <summary>An event (a single event, a recurring series' master, or one of its exceptions) as the fake stores it.</summary>
/// <param name="Id">The per-calendar event id (instances: <c>{masterId}_{originalStartUtc}</c>).</param>
/// <param name="CalendarId">The calendar holding it.</param>
/// <param name="ICalUid">The RFC 5545 UID, shared by a series and its instances.</param>
/// <param name="Status"><c>confirmed</c>, <c>tentative</c> or <c>cancelled</c> (deleted event or cancelled occurrence).</param>
/// <param name="Summary">The title.</param>
/// <param name="Description">The description (plain text or HTML).</param>
/// <param name="Location">The location.</param>
/// <param name="Start">The start.</param>
/// <param name="End">The end.</param>
/// <param name="Recurrence">RRULE/EXDATE/RDATE lines of a master.</param>
/// <param name="RecurringEventId">The master's id, on an instance.</param>
/// <param name="OriginalStartTime">Where the instance would be by the rule, on an instance.</param>
/// <param name="OrganizerEmail">The organizer's email.</param>
/// <param name="OrganizerName">The organizer's name.</param>
/// <param name="Attendees">The attendees.</param>
/// <param name="MeetCode">A Google Meet code (<c>abc-defg-hij</c>) when it has a Meet conference.</param>
/// <param name="Created">When it was created.</param>
/// <param name="Updated">When it last changed.</param>
/// <param name="Sequence">The iCalendar sequence, raised when its time changes.</param>
/// <param name="ChangeNumber">The position of its last change in the calendar's change history (what sync tokens count).</param>
public sealed record CalendarEvent(
    string Id,
    string CalendarId,
    string ICalUid,
    string Status,
    string? Summary,
    string? Description,
    string? Location,
    EventTime Start,
    EventTime End,
    IReadOnlyList<string>? Recurrence,
    string? RecurringEventId,
    EventTime? OriginalStartTime,
    string OrganizerEmail,
    string? OrganizerName,
    IReadOnlyList<Attendee> Attendees,
    string? MeetCode,
    DateTimeOffset Created,
    DateTimeOffset Updated,
    int Sequence,
    long ChangeNumber);

/// <summary>A push notification channel opened with <c>events/watch</c>.</summary>
/// <param name="Id">The client-chosen channel id.</param>
/// <param name="ResourceId">The opaque id of the watched resource (the calendar's events).</param>
/// <param name="CalendarId">The watched calendar.</param>
/// <param name="Address">Where notifications go.</param>
/// <param name="Token">The client's token, echoed in <c>X-Goog-Channel-Token</c>.</param>
/// <param name="Expiration">When the channel stops.</param>
/// <param name="MessageNumber">The number of the last message sent (1: the <c>sync</c> message at creation).</param>
public sealed record WatchChannel(string Id, string ResourceId, string CalendarId, string Address, string? Token, DateTimeOffset Expiration, long MessageNumber);
