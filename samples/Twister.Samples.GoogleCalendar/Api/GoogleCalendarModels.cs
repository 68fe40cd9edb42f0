using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace Twister.Samples.GoogleCalendar.Api;

// The parts of the Google Calendar API v3 answers the connector reads (camelCase JSON; what it does not
// read is left out, and readers skip it).

/// <summary>A calendar of the user's calendar list: one channel of the connector.</summary>
/// <param name="Id">The calendar id (the owner's email for a primary calendar).</param>
/// <param name="Summary">The calendar's title.</param>
/// <param name="Primary">Whether it is the user's own primary calendar.</param>
public sealed record GoogleCalendarListEntry([property: ImmutableId] string Id, string? Summary, bool? Primary);

/// <summary>An event's <c>start</c>, <c>end</c> or <c>originalStartTime</c>: a day (all-day) or an instant with its time zone.</summary>
/// <param name="Date">The day of an all-day event (an end is exclusive).</param>
/// <param name="DateTime">The instant of a timed event, with its offset.</param>
/// <param name="TimeZone">The IANA time zone a timed event is in.</param>
public sealed record GoogleEventTime(DateOnly? Date, DateTimeOffset? DateTime, string? TimeZone)
{
    /// <summary>The instant it stands for: a day counts from its midnight UTC, as Google's day boundaries do on the wire.</summary>
    public DateTimeOffset? Instant => DateTime ?? (Date is { } day ? new DateTimeOffset(day.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero) : null);
}

/// <summary>An event's organizer.</summary>
/// <param name="Email">The organizer's email (a calendar's id when a calendar organizes it).</param>
/// <param name="DisplayName">The organizer's name.</param>
/// <param name="Self">Whether the organizer is the signed-in user.</param>
public sealed record GooglePerson(string? Email, string? DisplayName, bool? Self);

/// <summary>An attendee of an event.</summary>
/// <param name="Email">The attendee's email.</param>
/// <param name="DisplayName">The attendee's name.</param>
/// <param name="ResponseStatus"><c>needsAction</c>, <c>accepted</c>, <c>declined</c> or <c>tentative</c>.</param>
/// <param name="Organizer">Whether the attendee organizes the event.</param>
/// <param name="Self">Whether the attendee is the signed-in user.</param>
/// <param name="Resource">Whether it is a room or another resource, not a person.</param>
/// <param name="Optional">Whether attendance is optional.</param>
public sealed record GoogleAttendee(string? Email, string? DisplayName, string? ResponseStatus, bool? Organizer, bool? Self, bool? Resource, bool? Optional);

/// <summary>One way into a conference (a video link, a phone number, ...).</summary>
/// <param name="EntryPointType"><c>video</c>, <c>phone</c>, <c>sip</c> or <c>more</c>.</param>
/// <param name="Uri">Its URI.</param>
public sealed record GoogleEntryPoint(string? EntryPointType, string? Uri);

/// <summary>An event's <c>conferenceData</c>.</summary>
/// <param name="EntryPoints">The ways into the conference.</param>
public sealed record GoogleConferenceData(IReadOnlyList<GoogleEntryPoint>? EntryPoints);

/// <summary>
/// An event: a single event, a recurring series' master (with <see cref="Recurrence"/>), or one of its
/// instances that differs from the rule (with <see cref="RecurringEventId"/> and <see cref="OriginalStartTime"/>).
/// A cancelled event carries little more than its ids and status, as Google's do.
/// </summary>
/// <param name="Id">The per-calendar event id: immutable, the basis of the item's source.</param>
/// <param name="Status"><c>confirmed</c>, <c>tentative</c> or <c>cancelled</c>.</param>
/// <param name="HtmlLink">The event's page in Google Calendar.</param>
/// <param name="Created">When it was created.</param>
/// <param name="Updated">When it last changed.</param>
/// <param name="Summary">The title.</param>
/// <param name="Description">The description, plain text or HTML.</param>
/// <param name="Location">The location.</param>
/// <param name="Organizer">The organizer.</param>
/// <param name="Start">The start.</param>
/// <param name="End">The end (exclusive day for all-day events).</param>
/// <param name="Recurrence">A master's <c>RRULE</c>, <c>EXDATE</c> and <c>RDATE</c> lines.</param>
/// <param name="RecurringEventId">On an instance: its master's id.</param>
/// <param name="OriginalStartTime">On an instance: where the rule placed it.</param>
/// <param name="ICalUid">The RFC 5545 UID, shared by every copy of the event and by a series' instances.</param>
/// <param name="Attendees">The attendees.</param>
/// <param name="HangoutLink">The Google Meet link, when it has one.</param>
/// <param name="ConferenceData">The conference, when it has one.</param>
public sealed record GoogleEvent(
    [property: ImmutableId] string Id,
    string? Status,
    string? HtmlLink,
    DateTimeOffset? Created,
    DateTimeOffset? Updated,
    string? Summary,
    string? Description,
    string? Location,
    GooglePerson? Organizer,
    GoogleEventTime? Start,
    GoogleEventTime? End,
    IReadOnlyList<string>? Recurrence,
    [property: ImmutableId] string? RecurringEventId,
    GoogleEventTime? OriginalStartTime,
    [property: JsonPropertyName("iCalUID")] string? ICalUid,
    IReadOnlyList<GoogleAttendee>? Attendees,
    string? HangoutLink,
    GoogleConferenceData? ConferenceData)
{
    /// <summary>Whether the event (or, on an instance, this occurrence) was deleted.</summary>
    public bool IsCancelled => Status == "cancelled";

    /// <summary>Whether it is an instance of a recurring series that differs from the rule (moved, changed or cancelled).</summary>
    public bool IsInstance => RecurringEventId is not null && OriginalStartTime is not null;
}

/// <summary>One page of <c>events.list</c>.</summary>
/// <param name="Items">The events, masters and changed instances (not expanded occurrences).</param>
/// <param name="NextPageToken">The next page's token, or <see langword="null"/> on the last page.</param>
/// <param name="NextSyncToken">On the last page: the token of the next incremental listing.</param>
public sealed record GoogleEventPage(IReadOnlyList<GoogleEvent>? Items, string? NextPageToken, string? NextSyncToken);

/// <summary>A push-notification channel opened with <c>events/watch</c>.</summary>
/// <param name="Id">The channel id the connector chose.</param>
/// <param name="ResourceId">Google's id of the watched resource, needed to stop the channel.</param>
/// <param name="Expiration">When the channel stops, in Unix milliseconds (a string, as Google sends it).</param>
public sealed record GoogleWatchChannel(string Id, string ResourceId, string? Expiration);

internal sealed record CalendarListResponse(IReadOnlyList<GoogleCalendarListEntry>? Items, string? NextPageToken);

internal sealed record WatchRequest(string Id, string Type, string Address, string Token);

internal sealed record StopChannelRequest(string Id, string ResourceId);

internal sealed record GoogleErrorEnvelope(GoogleError? Error);

internal sealed record GoogleError(int Code, string? Message, IReadOnlyList<GoogleErrorItem>? Errors);

internal sealed record GoogleErrorItem(string? Reason, string? Message);

/// <summary>The System.Text.Json source-generated metadata of the Google Calendar API (trim- and AOT-safe).</summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(CalendarListResponse))]
[JsonSerializable(typeof(GoogleCalendarListEntry))]
[JsonSerializable(typeof(GoogleEventPage))]
[JsonSerializable(typeof(GoogleEvent))]
[JsonSerializable(typeof(GoogleWatchChannel))]
[JsonSerializable(typeof(WatchRequest))]
[JsonSerializable(typeof(StopChannelRequest))]
[JsonSerializable(typeof(GoogleErrorEnvelope))]
[JsonSerializable(typeof(JsonObject))]
internal sealed partial class GoogleCalendarJsonContext : JsonSerializerContext;
