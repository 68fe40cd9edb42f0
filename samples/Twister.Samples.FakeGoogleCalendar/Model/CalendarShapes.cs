using System.Text.Json;
using System.Text.Json.Serialization;

namespace Twister.Samples.FakeGoogleCalendar.Model;

// The JSON shapes of the Google Calendar API v3 answers the fake gives (camelCase; absent values
// and false flags omitted, as Google does).

/// <summary>A calendar list entry.</summary>
public sealed record CalendarListEntryJson(string Kind, string Etag, string Id, string Summary, string? Description, string TimeZone, string BackgroundColor, string AccessRole, bool? Primary, bool? Selected);

/// <summary><c>GET users/me/calendarList</c>.</summary>
public sealed record CalendarListJson(string Kind, string Etag, string? NextPageToken, string? NextSyncToken, IReadOnlyList<CalendarListEntryJson> Items);

/// <summary><c>GET calendars/{id}</c>.</summary>
public sealed record CalendarJson(string Kind, string Etag, string Id, string Summary, string? Description, string TimeZone);

/// <summary>An event's <c>start</c>, <c>end</c> or <c>originalStartTime</c>.</summary>
public sealed record EventTimeJson(string? Date, string? DateTime, string? TimeZone);

/// <summary>An <c>organizer</c> or <c>creator</c>.</summary>
public sealed record PersonJson(string Email, string? DisplayName, bool? Self);

/// <summary>An attendee.</summary>
public sealed record AttendeeJson(string Email, string? DisplayName, bool? Organizer, bool? Self, bool? Resource, bool? Optional, string ResponseStatus);

/// <summary>A conference's entry point.</summary>
public sealed record EntryPointJson(string EntryPointType, string Uri, string? Label, string? MeetingCode);

/// <summary>A conference solution key.</summary>
public sealed record ConferenceSolutionKeyJson(string Type);

/// <summary>A conference solution.</summary>
public sealed record ConferenceSolutionJson(ConferenceSolutionKeyJson Key, string Name, string IconUri);

/// <summary>An event's <c>conferenceData</c>.</summary>
public sealed record ConferenceDataJson(IReadOnlyList<EntryPointJson> EntryPoints, ConferenceSolutionJson ConferenceSolution, string ConferenceId);

/// <summary>An event. A cancelled instance or deleted event carries only its ids, status and (instances) original start, as Google's do.</summary>
public sealed record EventJson(
    string Kind,
    string Etag,
    string Id,
    string Status,
    string? HtmlLink,
    string? Created,
    string? Updated,
    string? Summary,
    string? Description,
    string? Location,
    PersonJson? Creator,
    PersonJson? Organizer,
    EventTimeJson? Start,
    EventTimeJson? End,
    IReadOnlyList<string>? Recurrence,
    string? RecurringEventId,
    EventTimeJson? OriginalStartTime,
    [property: JsonPropertyName("iCalUID")] string? ICalUid,
    int? Sequence,
    IReadOnlyList<AttendeeJson>? Attendees,
    string? HangoutLink,
    ConferenceDataJson? ConferenceData,
    string? EventType);

/// <summary><c>GET calendars/{id}/events</c>: a page, with <c>nextPageToken</c> or, on the last page, <c>nextSyncToken</c>.</summary>
public sealed record EventsJson(string Kind, string Etag, string Summary, string? Updated, string TimeZone, string AccessRole, IReadOnlyList<JsonElement> DefaultReminders, string? NextPageToken, string? NextSyncToken, IReadOnlyList<EventJson> Items);

/// <summary>A notification channel (<c>events/watch</c>).</summary>
public sealed record ChannelJson(string Kind, string Id, string ResourceId, string ResourceUri, string? Token, string Expiration);

/// <summary>Google's error envelope.</summary>
public sealed record GoogleErrorEnvelopeJson(GoogleErrorJson Error);

/// <summary>The <c>error</c> of <see cref="GoogleErrorEnvelopeJson"/>.</summary>
public sealed record GoogleErrorJson(int Code, string Message, IReadOnlyList<GoogleErrorItemJson> Errors, string? Status);

/// <summary>One entry of <c>error.errors</c>.</summary>
public sealed record GoogleErrorItemJson(string Domain, string Reason, string Message, string? LocationType, string? Location);

/// <summary>Reflection-free JSON metadata of the fake Calendar API.</summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(CalendarListJson))]
[JsonSerializable(typeof(CalendarListEntryJson))]
[JsonSerializable(typeof(CalendarJson))]
[JsonSerializable(typeof(EventJson))]
[JsonSerializable(typeof(EventsJson))]
[JsonSerializable(typeof(ChannelJson))]
[JsonSerializable(typeof(GoogleErrorEnvelopeJson))]
public sealed partial class FakeCalendarJson : JsonSerializerContext;
