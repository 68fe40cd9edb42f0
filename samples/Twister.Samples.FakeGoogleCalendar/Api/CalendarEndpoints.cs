using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Twister.Samples.FakeGoogleCalendar.Data;
using Twister.Samples.FakeGoogleCalendar.Model;
using Twister.Samples.FakeServices;

namespace Twister.Samples.FakeGoogleCalendar.Api;

/// <summary>The Google Calendar API v3 subset the calendar connector calls, under <c>/calendar/v3</c>.</summary>
internal static class CalendarEndpoints
{
    private static readonly FakeCalendarJson Json = FakeCalendarJson.Default;

    public static void Map(IEndpointRouteBuilder app, FakeCalendarData data)
    {
        var shapes = new CalendarShapesMapper(data);
        var api = app.MapGroup("/calendar/v3");
        api.MapGet("/users/me/calendarList", () => Results.Json(
            new CalendarListJson("calendar#calendarList", CalendarShapesMapper.Etag(data.Calendars.Count), null, "calendar-list-sync", [.. data.Calendars.Select(CalendarShapesMapper.ListEntry)]), Json.CalendarListJson));
        api.MapGet("/users/me/calendarList/{calendarId}", (string calendarId) =>
            data.GetCalendar(calendarId) is { } c ? Results.Json(CalendarShapesMapper.ListEntry(c), Json.CalendarListEntryJson) : GoogleErrors.NotFound());
        api.MapGet("/calendars/{calendarId}", (string calendarId) =>
            data.GetCalendar(calendarId) is { } c ? Results.Json(CalendarShapesMapper.Calendar(c), Json.CalendarJson) : GoogleErrors.NotFound());

        api.MapGet("/calendars/{calendarId}/events", (string calendarId, string? timeMin, string? timeMax, string? showDeleted, string? singleEvents, string? maxResults, string? pageToken, string? syncToken, string? orderBy) =>
        {
            if (data.GetCalendar(calendarId) is not { } calendar) return GoogleErrors.NotFound();
            if (IsTrue(singleEvents)) return GoogleErrors.Invalid("The fake Google Calendar does not expand recurring events: list with singleEvents=false (masters plus exceptions), as the calendar connector does.");
            if (orderBy == "startTime") return GoogleErrors.Invalid("The requested ordering is not available for the particular query.");
            if (!TryInstant(timeMin, out var min) || !TryInstant(timeMax, out var max)) return GoogleErrors.Invalid("Bad Request: timeMin and timeMax must be RFC 3339 timestamps with an offset.");
            if (!int.TryParse(maxResults ?? "250", NumberStyles.None, CultureInfo.InvariantCulture, out var size)) return GoogleErrors.Invalid("Invalid value for maxResults.");
            try
            {
                var page = data.ListEvents(calendar.Id, new EventListRequest(min, max, IsTrue(showDeleted), size, pageToken, syncToken))!;
                return Results.Json(new EventsJson("calendar#events", CalendarShapesMapper.Etag(page.Items.Count), calendar.Summary, CalendarShapesMapper.Timestamp(data.Now), calendar.TimeZone, calendar.AccessRole, [],
                    page.NextPageToken, page.NextSyncToken, [.. page.Items.Select(shapes.Event)]), Json.EventsJson);
            }
            catch (SyncTokenExpiredException e)
            {
                return GoogleErrors.Gone("fullSyncRequired", e.Message);
            }
            catch (ArgumentException e)
            {
                return GoogleErrors.Invalid(Reason(e));
            }
        });
        api.MapGet("/calendars/{calendarId}/events/{eventId}", (string calendarId, string eventId) =>
            data.GetEvent(calendarId, eventId) is { } e ? Results.Json(shapes.Event(e), Json.EventJson) : GoogleErrors.NotFound());
        api.MapMethods("/calendars/{calendarId}/events/{eventId}", ["PATCH"], async (string calendarId, string eventId, HttpRequest request) =>
        {
            if (data.GetEvent(calendarId, eventId) is null) return GoogleErrors.NotFound();
            if (await JsonBody.ReadObjectAsync(request).ConfigureAwait(false) is not { } body) return GoogleErrors.Invalid("The request body is not a JSON object.");
            IReadOnlyList<Attendee>? attendees = null;
            if (body["attendees"] is JsonArray list)
            {
                attendees = [.. list.OfType<JsonObject>().Select(a => new Attendee(
                    JsonBody.Text(a["email"]) ?? "", JsonBody.Text(a["displayName"]), JsonBody.Text(a["responseStatus"]) ?? "needsAction", JsonBody.IsTrue(a["organizer"]), JsonBody.IsTrue(a["optional"]), JsonBody.IsTrue(a["resource"])))];
                if (attendees.Any(a => a.Email.Length == 0)) return GoogleErrors.Invalid("Missing attendee email.");
            }
            try
            {
                var patched = data.Patch(calendarId, eventId, JsonBody.Text(body["summary"]), JsonBody.Text(body["description"]), attendees)!;
                return Results.Json(shapes.Event(patched), Json.EventJson);
            }
            catch (UnauthorizedAccessException e)
            {
                return GoogleErrors.Forbidden("forbiddenForNonOrganizer", e.Message);
            }
            catch (ArgumentException)
            {
                return GoogleErrors.Invalid("Invalid attendee response status.");
            }
        });
        api.MapDelete("/calendars/{calendarId}/events/{eventId}", (string calendarId, string eventId) =>
        {
            try
            {
                return data.DeleteEvent(calendarId, eventId) is null ? GoogleErrors.NotFound() : Results.NoContent();
            }
            catch (InvalidOperationException)
            {
                return GoogleErrors.Gone("deleted", "Resource has been deleted");
            }
        });

        api.MapPost("/calendars/{calendarId}/events/watch", async (string calendarId, HttpRequest request) =>
        {
            if (data.GetCalendar(calendarId) is null) return GoogleErrors.NotFound();
            var body = await JsonBody.ReadObjectAsync(request).ConfigureAwait(false);
            if (JsonBody.Text(body?["id"]) is not { Length: > 0 } id || JsonBody.Text(body!["type"]) is not ("web_hook" or "webhook")) return GoogleErrors.Invalid("A channel needs an id and type \"web_hook\".");
            if (JsonBody.Text(body["address"]) is not { } address || !address.StartsWith("https://", StringComparison.Ordinal)) return GoogleErrors.Invalid("WebHook callback must be HTTPS: " + JsonBody.Text(body["address"]));
            TimeSpan? ttl = JsonBody.Text(body["params"]?["ttl"]) is { } seconds && long.TryParse(seconds, CultureInfo.InvariantCulture, out var s) ? TimeSpan.FromSeconds(s) : null;
            try
            {
                return Results.Json(CalendarShapesMapper.Channel(data.OpenChannel(calendarId, id, address, JsonBody.Text(body["token"]), ttl)), Json.ChannelJson);
            }
            catch (ArgumentException e)
            {
                return Results.Json(new GoogleErrorEnvelopeJson(new GoogleErrorJson(400, Reason(e), [new GoogleErrorItemJson("global", "channelIdNotUnique", "Channel id not unique", null, null)], null)),
                    Json.GoogleErrorEnvelopeJson, statusCode: StatusCodes.Status400BadRequest);
            }
        });
        api.MapPost("/channels/stop", async (HttpRequest request) =>
        {
            var body = await JsonBody.ReadObjectAsync(request).ConfigureAwait(false);
            var (id, resourceId) = (JsonBody.Text(body?["id"]), JsonBody.Text(body?["resourceId"]));
            if (id is null || resourceId is null) return GoogleErrors.Invalid("channels.stop needs id and resourceId.");
            return data.StopChannel(id, resourceId) ? Results.NoContent() : GoogleErrors.NotFound();
        });
    }

    private static bool IsTrue(string? value) => string.Equals(value, "true", StringComparison.OrdinalIgnoreCase);

    /// <summary>Reads an RFC 3339 timestamp; Google refuses one without an offset.</summary>
    private static bool TryInstant(string? value, out DateTimeOffset? instant)
    {
        instant = null;
        if (value is null) return true;
        var hasOffset = value.Contains('T', StringComparison.Ordinal) && (value.EndsWith('Z') || value.LastIndexOfAny(['+', '-']) > value.IndexOf('T', StringComparison.Ordinal));
        if (!hasOffset || !DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed)) return false;
        instant = parsed;
        return true;
    }

    private static string Reason(ArgumentException e) => e.ParamName is null ? e.Message : e.Message.Replace($" (Parameter '{e.ParamName}')", "", StringComparison.Ordinal);

}
