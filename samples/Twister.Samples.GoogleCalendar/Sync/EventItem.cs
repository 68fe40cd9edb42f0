using System.Globalization;
using Twister.Samples.GoogleCalendar.Api;

namespace Twister.Samples.GoogleCalendar.Sync;

/// <summary>Maps Google Calendar events to Plot items of link type <c>event</c>, with their schedules.</summary>
public static class EventItem
{
    /// <summary>The sync provider in every item's meta.</summary>
    public const string SyncProvider = "google";

    private const string SourcePrefix = "google-calendar:";

    /// <summary>
    /// The item source of the event (or series) with the immutable id <paramref name="eventId"/>. Plot's connector uses
    /// the iCalUID, but Google's deletion and cancelled-occurrence payloads carry only the event's id (and, for an
    /// occurrence, its series' id), so an iCalUID source could not find the item a cancellation is about. A Google
    /// event keeps its id across the calendars that show it, so one meeting in two enabled calendars stays one item.
    /// </summary>
    /// <param name="eventId">The event's id; for an instance, its <see cref="GoogleEvent.RecurringEventId"/>.</param>
    public static string SourceOf(string eventId) => SourcePrefix + eventId;

    /// <summary>The item for a single event or a series' master.</summary>
    /// <param name="e">The event (not cancelled).</param>
    /// <param name="calendarId">The calendar (channel) it was synced from.</param>
    /// <param name="exceptions">A series' changed and cancelled occurrences seen so far.</param>
    /// <param name="notes">Notes to add besides the description (cancelled occurrences).</param>
    /// <param name="initialSync">Whether this is the calendar's initial sync: only then are unread/archived set, so a user's choices survive later syncs.</param>
    public static NewActivity From(GoogleEvent e, string calendarId, SeriesExceptions? exceptions, IReadOnlyList<NewNote> notes, bool initialSync)
    {
        var organizer = e.Organizer?.Email is { Length: > 0 } email ? new NewContact { Email = email, Name = e.Organizer.DisplayName } : null;
        var description = string.IsNullOrWhiteSpace(e.Description) ? null : e.Description;
        var schedule = ScheduleOf(e, exceptions);
        return new NewActivity
        {
            Source = SourceOf(e.Id),
            Type = ActivityType.Event,
            Title = e.Summary ?? "",
            LinkType = EventStatusLinkType.Config.Type,
            Status = (e.Status == "tentative" ? EventStatus.Tentative : EventStatus.Confirmed).ToStatus(),
            Author = organizer,
            Created = e.Created,
            Updated = e.Updated,
            // A preview is plain text: an HTML description reaches Plot only as its note, converted there.
            Preview = description is not null && !EventDescription.IsHtml(description) ? description : null,
            SourceUrl = e.HtmlLink,
            Actions = ActionsOf(e),
            Priority = e.Organizer?.Self == true ? 100 : e.Attendees?.Any(a => a.Self == true) == true ? 50 : 1,
            Schedules = schedule is null ? null : [schedule],
            Meta = MetaOf(e, calendarId),
            Notes = description is null ? notes : [EventDescription.Note(description, organizer), .. notes],
            Unread = initialSync ? false : null,
            Archived = initialSync ? false : null,
        };
    }

    /// <summary>
    /// The item for an event deleted in Google, which Plot already holds (<paramref name="stored"/>): status
    /// <c>Cancelled</c> and a note saying so. Google's deletion payload carries no title or times, so the rest
    /// (title, schedule) stays as Plot has it.
    /// </summary>
    /// <param name="e">The deleted event.</param>
    /// <param name="calendarId">The calendar.</param>
    /// <param name="stored">The item as Plot holds it.</param>
    public static NewActivity Cancelled(GoogleEvent e, string calendarId, SyncedItem stored) => new()
    {
        Source = SourceOf(e.Id),
        Type = ActivityType.Event,
        LinkType = EventStatusLinkType.Config.Type,
        Status = EventStatus.Cancelled.ToStatus(),
        Preview = "Cancelled",
        Meta = ActivityMeta.Create(SyncProvider, calendarId, e.Id, stored.Meta.Values),
        Notes = [new NewNote { Key = "cancellation", Content = "This event was cancelled.", ContentType = ContentType.Text }],
    };

    /// <summary>The note for a cancelled occurrence, for example "The March 7, 2025 occurrence was cancelled.".</summary>
    /// <param name="instance">The cancelled instance (its original start is all a cancelled instance carries).</param>
    public static NewNote OccurrenceCancelledNote(GoogleEvent instance)
    {
        var original = instance.OriginalStartTime!;
        var day = original.Date ?? DateOnly.FromDateTime(original.DateTime!.Value.DateTime); // the day in the event's own time zone
        return new NewNote
        {
            Key = "cancellation-" + original.Instant!.Value.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture),
            Content = $"The {day.ToString("MMMM d, yyyy", CultureInfo.InvariantCulture)} occurrence was cancelled.",
            ContentType = ContentType.Text,
        };
    }

    /// <summary>When the event (not a series) ends, from the meta <see cref="From"/> stored; <see langword="null"/> for a series or when unknown.</summary>
    /// <param name="meta">An item's meta.</param>
    public static DateTimeOffset? EndOf(ActivityMeta meta)
        => meta["end"] is { } text && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out var end) ? end : null;

    private static NewSchedule? ScheduleOf(GoogleEvent e, SeriesExceptions? exceptions)
    {
        var schedule = e.Start switch
        {
            { DateTime: { } start } => NewSchedule.Timed(start, e.End?.DateTime) with { TimeZone = e.Start.TimeZone },
            { Date: { } day } => NewSchedule.AllDay(day, e.End?.Date),
            _ => null,
        };
        if (schedule is null) return null;
        schedule = schedule with { Contacts = Attendees.ContactsOf(e.Attendees) };
        var recurrence = RecurrenceLines.Parse(e.Recurrence, e.Start!.TimeZone);
        if (recurrence.Rule is null) return schedule;
        var duration = (e.End?.Instant ?? e.Start.Instant) - e.Start.Instant;
        var occurrences = new SortedDictionary<DateTimeOffset, NewScheduleOccurrence>();
        foreach (var skipped in recurrence.ExceptionDates) occurrences[skipped] = new NewScheduleOccurrence(skipped) { Cancelled = true };
        foreach (var added in recurrence.ExtraDates) occurrences[added] = new NewScheduleOccurrence(added) { Start = added, End = added + duration };
        foreach (var changed in exceptions?.ToOccurrences() ?? []) occurrences[changed.OriginalStart] = changed;
        return schedule with { RecurrenceRule = recurrence.Rule, Occurrences = occurrences.Count == 0 ? null : [.. occurrences.Values] };
    }

    private static List<ItemAction> ActionsOf(GoogleEvent e)
    {
        List<ItemAction> actions = [.. ConferenceLinks.Of(e).Select(l => ItemAction.Conferencing(l.Url, l.Title))];
        if (e.HtmlLink is not null) actions.Add(ItemAction.External("View in Calendar", e.HtmlLink));
        return actions;
    }

    private static ActivityMeta MetaOf(GoogleEvent e, string calendarId) => new()
    {
        SyncProvider = SyncProvider,
        ChannelId = calendarId,
        ExternalId = e.Id, // the per-calendar id: what the RSVP write-back patches
        ["iCalUID"] = e.ICalUid,
        ["organizer"] = e.Organizer?.Email,
        ["location"] = e.Location,
        ["end"] = e.Recurrence is null ? e.End?.Instant?.ToString("O", CultureInfo.InvariantCulture) : null,
    };
}
