using System.Buffers.Text;
using System.Globalization;
using System.Text;
using Twister.Samples.FakeGoogleCalendar.Data;
using Twister.Samples.FakeGoogleCalendar.Model;

namespace Twister.Samples.FakeGoogleCalendar.Api;

/// <summary>Turns the fake's state into Google Calendar's JSON shapes, from the signed-in user's point of view (<c>self</c> flags).</summary>
internal sealed class CalendarShapesMapper(FakeCalendarData data)
{
    public static string Timestamp(DateTimeOffset value) => value.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);

    public static string Etag(long number) => $"\"{number.ToString(CultureInfo.InvariantCulture)}\"";

    public static CalendarListEntryJson ListEntry(FakeCalendar c) => new(
        "calendar#calendarListEntry", Etag(c.Id.Length), c.Id, c.Summary, c.Description, c.TimeZone, c.Primary ? "#9fe1e7" : "#16a765", c.AccessRole,
        c.Primary ? true : null, c.Primary ? true : null);

    public static CalendarJson Calendar(FakeCalendar c) => new("calendar#calendar", Etag(c.Id.Length), c.Id, c.Summary, c.Description, c.TimeZone);

    public static EventTimeJson Time(EventTime t) => new(
        t.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        t.DateTime?.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture),
        t.TimeZone);

    public EventJson Event(CalendarEvent e)
    {
        var etag = Etag(e.ChangeNumber * 1000 + 3);
        if (e.Status == "cancelled")
        {
            // Google guarantees only the ids (and, on an occurrence, its original start) of a cancelled event.
            return new EventJson("calendar#event", etag, e.Id, e.Status, null, null, null, null, null, null, null, null, null, null, null,
                e.RecurringEventId, e.OriginalStartTime is { } o ? Time(o) : null, null, null, null, null, null, null);
        }
        var self = data.UserEmail;
        bool? Self(string email) => email.Equals(self, StringComparison.OrdinalIgnoreCase) ? true : null;
        var organizer = new PersonJson(e.OrganizerEmail, e.OrganizerName, Self(e.OrganizerEmail));
        var attendees = e.Attendees.Count == 0 ? null : e.Attendees.Select(a => new AttendeeJson(
            a.Email, a.DisplayName, a.Organizer ? true : null, Self(a.Email), a.Resource ? true : null, a.Optional ? true : null, a.ResponseStatus)).ToList();
        ConferenceDataJson? conference = e.MeetCode is { } code
            ? new ConferenceDataJson(
                [new EntryPointJson("video", $"https://meet.google.com/{code}", $"meet.google.com/{code}", null), new EntryPointJson("more", $"https://tel.meet/{code}?pin=1234", null, null)],
                new ConferenceSolutionJson(new ConferenceSolutionKeyJson("hangoutsMeet"), "Google Meet", "https://fonts.gstatic.com/s/i/productlogos/meet_2020q4/v6/web-512dp/logo_meet_2020q4_color_2x_web_512dp.png"),
                code)
            : null;
        return new EventJson(
            "calendar#event", etag, e.Id, e.Status, HtmlLink(e), Timestamp(e.Created), Timestamp(e.Updated), e.Summary, e.Description, e.Location,
            organizer, organizer, Time(e.Start), Time(e.End), e.Recurrence, e.RecurringEventId, e.OriginalStartTime is { } original ? Time(original) : null,
            e.ICalUid, e.Sequence, attendees, e.MeetCode is { } meet ? $"https://meet.google.com/{meet}" : null, conference, "default");
    }

    public static ChannelJson Channel(WatchChannel c) => new(
        "api#channel", c.Id, c.ResourceId, ResourceUri(c.CalendarId), c.Token, c.Expiration.ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture));

    public static string ResourceUri(string calendarId) => $"https://www.googleapis.com/calendar/v3/calendars/{Uri.EscapeDataString(calendarId)}/events?alt=json";

    private static string HtmlLink(CalendarEvent e)
        => "https://www.google.com/calendar/event?eid=" + Base64Url.EncodeToString(Encoding.UTF8.GetBytes($"{e.Id} {e.CalendarId}"));
}
