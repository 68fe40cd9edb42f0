using Twister.Samples.FakeGoogleCalendar.Model;

namespace Twister.Samples.FakeGoogleCalendar.Data;

public sealed partial class FakeCalendarData
{
    private const string Paris = "Europe/Paris";

    /// <summary>
    /// Builds the account around <paramref name="anchor"/> (the Monday the data is centred on; pass today
    /// for a demo). Its primary calendar has: a timed meeting the user organizes with guests who accepted,
    /// declined and answered tentatively, a room and a Meet conference; an invitation the user has not
    /// answered (the RSVP case); an all-day multi-day event; a tentative event; a weekly series with one
    /// moved and one cancelled occurrence; a fortnightly series with an EXDATE and an UNTIL organized by
    /// someone else; a monthly all-day series; an old event; a deleted event. A team calendar (writer) and
    /// a holiday calendar (reader, all-day) complete the list.
    /// </summary>
    /// <param name="anchor">The day the events are placed around; 2025-03-03 when omitted.</param>
    /// <param name="seed">Varies ids; the same seed gives the same data.</param>
    public static FakeCalendarData Seed(DateOnly? anchor = null, int seed = 1)
    {
        var day = anchor ?? new DateOnly(2025, 3, 3);
        var data = new FakeCalendarData(seed, new DateTimeOffset(day.AddDays(-14).ToDateTime(new TimeOnly(8, 0)), TimeSpan.Zero));
        var me = data.UserEmail;
        var team = $"c_{FakeServices.StableIds.Hex(seed, "team", 20)}@group.calendar.google.com";
        const string holidays = "en.french#holiday@group.v.calendar.google.com";
        data._calendars.AddRange(
        [
            new FakeCalendar(me, me, null, Paris, Primary: true, "owner"),
            new FakeCalendar(team, "Team Events", "Releases and rituals", "UTC", Primary: false, "writer"),
            new FakeCalendar(holidays, "Holidays in France", "Holidays and Observances in France", Paris, Primary: false, "reader"),
        ]);
        Attendee Ada(string status = "accepted", bool organizer = false) => new(me, "Ada Lovelace", status, organizer);
        var grace = new Attendee("grace@example.com", "Grace Hopper", "accepted");

        lock (data._gate)
        {
            data.AddLocked(data.Seeded(me, "old-kickoff", "Project kickoff", EventTime.At(day.AddDays(-40), new(10, 0), Paris), EventTime.At(day.AddDays(-40), new(11, 0), Paris)) with
            {
                Attendees = [Ada(organizer: true), grace],
            });
            data.AddLocked(data.Seeded(me, "design-review", "Design review", EventTime.At(day.AddDays(1), new(10, 0), Paris), EventTime.At(day.AddDays(1), new(11, 0), Paris)) with
            {
                Description = "<p>Agenda: <b>navigation</b> and <i>onboarding</i>.</p><ul><li>Mockups</li><li>Open questions</li></ul>",
                Location = "Room Turing",
                Attendees =
                [
                    Ada(organizer: true), grace,
                    new("alan@example.com", "Alan Turing", "declined"),
                    new("katherine@example.com", "Katherine Johnson", "tentative", Optional: true),
                    new("room-turing@resource.calendar.google.com", "Room Turing", "accepted", Resource: true),
                ],
                MeetCode = "abc-defg-hij",
            });
            data.AddLocked(data.Seeded(me, "planning", "Quarterly planning", EventTime.At(day.AddDays(2), new(14, 0), Paris), EventTime.At(day.AddDays(2), new(15, 30), Paris)) with
            {
                Description = "Join with Zoom: https://zoom.us/j/123456789\nDial-in: https://dialin.zoom.us/local",
                OrganizerEmail = grace.Email,
                OrganizerName = grace.DisplayName,
                Attendees = [grace with { Organizer = true }, Ada("needsAction"), new("alan@example.com", "Alan Turing", "needsAction")],
            });
            data.AddLocked(data.Seeded(me, "offsite", "Team offsite", EventTime.AllDay(day.AddDays(7)), EventTime.AllDay(day.AddDays(9))));
            data.AddLocked(data.Seeded(me, "maybe-lunch", "Lunch with Grace?", EventTime.At(day.AddDays(3), new(12, 30), Paris), EventTime.At(day.AddDays(3), new(13, 30), Paris)) with { Status = "tentative" });
            var standup = data.AddLocked(data.Seeded(me, "standup", "Team standup", EventTime.At(day, new(9, 30), Paris), EventTime.At(day, new(9, 45), Paris)) with
            {
                Recurrence = ["RRULE:FREQ=WEEKLY;BYDAY=MO,WE,FR;COUNT=12"],
                Attendees = [Ada(organizer: true), grace],
                MeetCode = "kix-mnop-qrs",
            });
            data.OccurrenceLocked(me, standup.Id, EventTime.At(day.AddDays(2), new(9, 30), Paris),
                e => e with { Start = EventTime.At(day.AddDays(2), new(10, 0), Paris), End = EventTime.At(day.AddDays(2), new(10, 15), Paris), Summary = "Team standup (moved)", Sequence = 1 });
            data.OccurrenceLocked(me, standup.Id, EventTime.At(day.AddDays(4), new(9, 30), Paris), e => e with { Status = "cancelled" });
            data.AddLocked(data.Seeded(me, "one-on-one", "1:1 Grace / Ada", EventTime.At(day, new(15, 0), Paris), EventTime.At(day, new(15, 30), Paris)) with
            {
                Recurrence = ["RRULE:FREQ=WEEKLY;INTERVAL=2;UNTIL=20250630T000000Z", $"EXDATE;TZID={Paris}:{day.AddDays(14):yyyyMMdd}T150000"],
                OrganizerEmail = grace.Email,
                OrganizerName = grace.DisplayName,
                Attendees = [grace with { Organizer = true }, Ada("needsAction")],
            });
            data.AddLocked(data.Seeded(me, "pay-day", "Pay day", EventTime.AllDay(new DateOnly(day.Year, day.Month, 25)), EventTime.AllDay(new DateOnly(day.Year, day.Month, 26))) with
            {
                Recurrence = ["RRULE:FREQ=MONTHLY;BYMONTHDAY=25"],
            });
            var deleted = data.AddLocked(data.Seeded(me, "cancelled-sync", "Vendor sync", EventTime.At(day.AddDays(5), new(16, 0), Paris), EventTime.At(day.AddDays(5), new(16, 30), Paris)));
            data.ChangeLocked(deleted with { Status = "cancelled" });

            data.AddLocked(data.Seeded(team, "release-train", "Release train", EventTime.At(day.AddDays(3), new(16, 0), "UTC"), EventTime.At(day.AddDays(3), new(16, 30), "UTC")) with
            {
                Recurrence = ["RRULE:FREQ=WEEKLY;BYDAY=TH"],
                OrganizerEmail = team,
                OrganizerName = "Team Events",
            });
            data.AddLocked(data.Seeded(team, "retro", "Sprint retro", EventTime.At(day.AddDays(4), new(13, 0), "UTC"), EventTime.At(day.AddDays(4), new(14, 0), "UTC")) with
            {
                OrganizerEmail = team,
                OrganizerName = "Team Events",
                Attendees = [Ada(), grace with { ResponseStatus = "tentative" }],
            });
            foreach (var (name, date) in new[] { ("Labour Day", new DateOnly(day.Year, 5, 1)), ("Victory in Europe Day", new DateOnly(day.Year, 5, 8)), ("Bastille Day", new DateOnly(day.Year, 7, 14)) })
                data.AddLocked(data.Seeded(holidays, name, name, EventTime.AllDay(date), EventTime.AllDay(date.AddDays(1))) with { OrganizerEmail = holidays, OrganizerName = "Holidays in France" });
        }
        return data;
    }

    private CalendarEvent Seeded(string calendarId, string name, string summary, EventTime start, EventTime end)
    {
        var id = FakeServices.StableIds.Base32(_seed, $"{calendarId}/{name}", 26);
        return new CalendarEvent(id, calendarId, $"{id}@google.com", "confirmed", summary, null, null, start, end, null, null, null, UserEmail, "Ada Lovelace", [], null, _clock, _clock, 0, 0);
    }
}
