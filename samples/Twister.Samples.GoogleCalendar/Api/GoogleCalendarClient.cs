using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization.Metadata;

namespace Twister.Samples.GoogleCalendar.Api;

/// <summary>
/// A small typed client of the Google Calendar API v3 (<c>https://www.googleapis.com/calendar/v3/</c>). It
/// uses the connector's <c>Network</c> HTTP client, so every request passes the allowlist and the budget.
/// Google's refusals become a <see cref="GoogleApiException"/> with Google's reason and message.
/// </summary>
public sealed class GoogleCalendarClient
{
    /// <summary>The API's base address, under the connector's allowlist.</summary>
    public static readonly Uri BaseAddress = new("https://www.googleapis.com/calendar/v3/");

    /// <summary>How many events a listing asks for per page: a page is one batch, kept well within an execution's request budget.</summary>
    public const int PageSize = 100;

    private readonly HttpClient _http;
    private readonly string _token;

    /// <summary>Creates a client that authenticates with <paramref name="token"/>.</summary>
    /// <param name="http">The connector's HTTP client.</param>
    /// <param name="token">The OAuth access token.</param>
    public GoogleCalendarClient(HttpClient http, string token)
    {
        _http = http;
        _token = token;
    }

    /// <summary>The user's calendar list, every page of it.</summary>
    /// <param name="ct">Cancels the call.</param>
    public async Task<IReadOnlyList<GoogleCalendarListEntry>> GetCalendarsAsync(CancellationToken ct)
    {
        var calendars = new List<GoogleCalendarListEntry>();
        string? pageToken = null;
        do
        {
            var path = "users/me/calendarList" + (pageToken is null ? "" : "?pageToken=" + Uri.EscapeDataString(pageToken));
            var page = await SendAsync(HttpMethod.Get, path, null, GoogleCalendarJsonContext.Default.CalendarListResponse, ct).ConfigureAwait(false);
            calendars.AddRange(page?.Items ?? []);
            pageToken = page?.NextPageToken;
        }
        while (pageToken is not null);
        return calendars;
    }

    /// <summary>The id of the user's primary calendar: their email, the one <c>self</c> attendees have.</summary>
    /// <param name="ct">Cancels the call.</param>
    public async Task<string?> GetUserEmailAsync(CancellationToken ct)
        => (await SendAsync(HttpMethod.Get, "users/me/calendarList/primary", null, GoogleCalendarJsonContext.Default.GoogleCalendarListEntry, ct).ConfigureAwait(false))?.Id;

    /// <summary>
    /// One page of a calendar's events, deleted ones included (<c>showDeleted</c>), masters and changed instances
    /// (<c>singleEvents</c> is left false). Give a <paramref name="syncToken"/> for what changed since an earlier
    /// listing, else a <paramref name="timeMin"/>; a <paramref name="pageToken"/> continues the same listing.
    /// </summary>
    /// <param name="calendarId">The calendar.</param>
    /// <param name="timeMin">The earliest end of the single events listed (Google lists recurring masters whatever it says).</param>
    /// <param name="syncToken">A previous listing's <c>nextSyncToken</c>.</param>
    /// <param name="pageToken">The previous page's <c>nextPageToken</c>.</param>
    /// <param name="ct">Cancels the call.</param>
    /// <returns>The page, or <see langword="null"/> when Google answers 410 Gone: the token is no longer valid and a full listing is required.</returns>
    public async Task<GoogleEventPage?> ListEventsAsync(string calendarId, DateTimeOffset? timeMin, string? syncToken, string? pageToken, CancellationToken ct)
    {
        var query = $"showDeleted=true&maxResults={PageSize.ToString(CultureInfo.InvariantCulture)}";
        if (syncToken is not null) query += "&syncToken=" + Uri.EscapeDataString(syncToken);
        else if (timeMin is { } min) query += "&timeMin=" + Uri.EscapeDataString(min.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture));
        if (pageToken is not null) query += "&pageToken=" + Uri.EscapeDataString(pageToken);
        using var request = NewRequest(HttpMethod.Get, $"{EventsPath(calendarId)}?{query}", null);
        using var response = await _http.SendAsync(request, ct).ConfigureAwait(false);
        if (response.StatusCode == HttpStatusCode.Gone) return null;
        await ThrowIfRefusedAsync(request, response, ct).ConfigureAwait(false);
        return await response.Content.ReadFromJsonAsync(GoogleCalendarJsonContext.Default.GoogleEventPage, ct).ConfigureAwait(false);
    }

    /// <summary>One event (a cancelled one too), or <see langword="null"/> when it does not exist.</summary>
    /// <param name="calendarId">The calendar.</param>
    /// <param name="eventId">The event.</param>
    /// <param name="ct">Cancels the call.</param>
    public Task<GoogleEvent?> GetEventAsync(string calendarId, string eventId, CancellationToken ct)
        => SendAsync(HttpMethod.Get, EventPath(calendarId, eventId), null, GoogleCalendarJsonContext.Default.GoogleEvent, ct);

    /// <summary>One event as raw JSON, every field kept, to change some and send the rest back unchanged.</summary>
    /// <param name="calendarId">The calendar.</param>
    /// <param name="eventId">The event.</param>
    /// <param name="ct">Cancels the call.</param>
    public Task<JsonObject?> GetEventJsonAsync(string calendarId, string eventId, CancellationToken ct)
        => SendAsync(HttpMethod.Get, EventPath(calendarId, eventId), null, GoogleCalendarJsonContext.Default.JsonObject, ct);

    /// <summary>Changes the fields <paramref name="patch"/> names (an array, such as <c>attendees</c>, is replaced whole).</summary>
    /// <param name="calendarId">The calendar.</param>
    /// <param name="eventId">The event.</param>
    /// <param name="patch">The fields to change.</param>
    /// <param name="ct">Cancels the call.</param>
    public Task PatchEventAsync(string calendarId, string eventId, JsonObject patch, CancellationToken ct)
        => SendAsync(HttpMethod.Patch, EventPath(calendarId, eventId), JsonContent.Create(patch, GoogleCalendarJsonContext.Default.JsonObject),
            GoogleCalendarJsonContext.Default.JsonObject, ct);

    /// <summary>Opens a push-notification channel on a calendar's events (<c>events/watch</c>).</summary>
    /// <param name="calendarId">The calendar.</param>
    /// <param name="channelId">A new, unique channel id.</param>
    /// <param name="address">The HTTPS address Google posts notifications to.</param>
    /// <param name="token">What Google echoes in <c>X-Goog-Channel-Token</c> with every notification.</param>
    /// <param name="ct">Cancels the call.</param>
    public async Task<GoogleWatchChannel> WatchEventsAsync(string calendarId, string channelId, string address, string token, CancellationToken ct)
        => await SendAsync(HttpMethod.Post, EventsPath(calendarId) + "/watch",
               JsonContent.Create(new WatchRequest(channelId, "web_hook", address, token), GoogleCalendarJsonContext.Default.WatchRequest),
               GoogleCalendarJsonContext.Default.GoogleWatchChannel, ct).ConfigureAwait(false)
           ?? throw new GoogleApiException($"POST {EventsPath(calendarId)}/watch", HttpStatusCode.NotFound, "notFound", "the calendar does not exist");

    /// <summary>Stops a push-notification channel (<c>channels/stop</c>).</summary>
    /// <param name="channelId">The channel id.</param>
    /// <param name="resourceId">The resource id Google gave the channel.</param>
    /// <param name="ct">Cancels the call.</param>
    /// <returns>Whether the channel was open; one already stopped or expired is not an error.</returns>
    public async Task<bool> StopChannelAsync(string channelId, string resourceId, CancellationToken ct)
    {
        using var request = NewRequest(HttpMethod.Post, "channels/stop",
            JsonContent.Create(new StopChannelRequest(channelId, resourceId), GoogleCalendarJsonContext.Default.StopChannelRequest));
        using var response = await _http.SendAsync(request, ct).ConfigureAwait(false);
        if (response.StatusCode == HttpStatusCode.NotFound) return false;
        await ThrowIfRefusedAsync(request, response, ct).ConfigureAwait(false);
        return true;
    }

    private static string EventsPath(string calendarId) => $"calendars/{Uri.EscapeDataString(calendarId)}/events";

    private static string EventPath(string calendarId, string eventId) => $"{EventsPath(calendarId)}/{Uri.EscapeDataString(eventId)}";

    private async Task<T?> SendAsync<T>(HttpMethod method, string path, HttpContent? body, JsonTypeInfo<T> typeInfo, CancellationToken ct)
    {
        using var request = NewRequest(method, path, body);
        using var response = await _http.SendAsync(request, ct).ConfigureAwait(false);
        if (response.StatusCode == HttpStatusCode.NotFound) return default;
        await ThrowIfRefusedAsync(request, response, ct).ConfigureAwait(false);
        return response.StatusCode == HttpStatusCode.NoContent ? default : await response.Content.ReadFromJsonAsync(typeInfo, ct).ConfigureAwait(false);
    }

    private HttpRequestMessage NewRequest(HttpMethod method, string path, HttpContent? body)
    {
        var request = new HttpRequestMessage(method, new Uri(BaseAddress, path)) { Content = body };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", _token);
        return request;
    }

    /// <summary>Throws a <see cref="GoogleApiException"/> naming the request, Google's reason and message, for any refusal.</summary>
    private static async Task ThrowIfRefusedAsync(HttpRequestMessage request, HttpResponseMessage response, CancellationToken ct)
    {
        if (response.IsSuccessStatusCode) return;
        GoogleError? error = null;
        try
        {
            error = (await response.Content.ReadFromJsonAsync(GoogleCalendarJsonContext.Default.GoogleErrorEnvelope, ct).ConfigureAwait(false))?.Error;
        }
        catch (JsonException)
        {
            // Not Google's error envelope (a proxy's page, say): the status alone has to do.
        }
        throw new GoogleApiException($"{request.Method} {request.RequestUri?.AbsolutePath}", response.StatusCode, error?.Errors?.FirstOrDefault()?.Reason, error?.Message);
    }
}
