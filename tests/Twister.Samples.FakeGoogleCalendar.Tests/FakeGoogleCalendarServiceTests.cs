using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Twister.Samples.FakeGoogleCalendar.Data;

namespace Twister.Samples.FakeGoogleCalendar.Tests;

public sealed class FakeGoogleCalendarServiceTests : IAsyncLifetime
{
    private readonly FakeGoogleCalendarService _service = new(FakeCalendarData.Seed());
    private readonly HttpClient _client = new();

    public async Task InitializeAsync()
    {
        await _service.StartAsync();
        _client.BaseAddress = new Uri(_service.BaseAddress, "calendar/v3/");
        _client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", _service.Token);
    }

    public async Task DisposeAsync()
    {
        _client.Dispose();
        await _service.DisposeAsync();
    }

    [Fact]
    public async Task Requests_without_the_token_get_googles_401_and_the_calendar_list_names_the_primary_calendar()
    {
        using var anonymous = new HttpClient { BaseAddress = _client.BaseAddress };
        using var refused = await anonymous.GetAsync("users/me/calendarList");

        var list = await GetAsync("users/me/calendarList");
        var primary = await GetAsync("users/me/calendarList/primary");
        var calendar = await GetAsync("calendars/primary");
        using var missing = await _client.GetAsync("calendars/nobody%40example.com");

        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
        Assert.Equal("required", (await refused.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("error").GetProperty("errors")[0].GetProperty("reason").GetString());
        Assert.Equal(3, list.GetProperty("items").GetArrayLength());
        Assert.True(list.GetProperty("items")[0].GetProperty("primary").GetBoolean());
        Assert.False(list.GetProperty("items")[1].TryGetProperty("primary", out _));
        Assert.Equal("reader", list.GetProperty("items")[2].GetProperty("accessRole").GetString());
        Assert.Equal("ada@example.com", primary.GetProperty("id").GetString());
        Assert.Equal("ada@example.com", calendar.GetProperty("id").GetString());
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
    }

    [Fact]
    public async Task Events_are_shaped_like_googles_all_day_timed_recurring_exceptions_attendees_and_conferences()
    {
        var items = (await GetAsync("calendars/primary/events?showDeleted=true&maxResults=2500")).GetProperty("items").EnumerateArray().ToList();
        JsonElement Named(string summary) => items.Single(e => e.TryGetProperty("summary", out var s) && s.GetString() == summary && !e.TryGetProperty("recurringEventId", out _));

        var offsite = Named("Team offsite");
        var review = Named("Design review");
        var standup = Named("Team standup");
        var moved = items.Single(e => e.TryGetProperty("summary", out var s) && s.GetString() == "Team standup (moved)");
        var cancelledOccurrence = items.Single(e => e.TryGetProperty("recurringEventId", out _) && e.GetProperty("status").GetString() == "cancelled");

        Assert.Equal("2025-03-10", offsite.GetProperty("start").GetProperty("date").GetString());
        Assert.False(offsite.GetProperty("start").TryGetProperty("dateTime", out _));
        Assert.Equal("2025-03-04T10:00:00+01:00", review.GetProperty("start").GetProperty("dateTime").GetString());
        Assert.Equal("Europe/Paris", review.GetProperty("start").GetProperty("timeZone").GetString());
        Assert.StartsWith("https://www.google.com/calendar/event?eid=", review.GetProperty("htmlLink").GetString(), StringComparison.Ordinal);
        Assert.Equal("https://meet.google.com/abc-defg-hij", review.GetProperty("hangoutLink").GetString());
        Assert.Equal("video", review.GetProperty("conferenceData").GetProperty("entryPoints")[0].GetProperty("entryPointType").GetString());
        Assert.True(review.GetProperty("organizer").GetProperty("self").GetBoolean());
        var attendees = review.GetProperty("attendees").EnumerateArray().ToList();
        Assert.True(attendees.Single(a => a.GetProperty("email").GetString() == "ada@example.com").GetProperty("self").GetBoolean());
        Assert.Single(attendees, a => a.TryGetProperty("self", out _));
        Assert.True(attendees.Single(a => a.TryGetProperty("resource", out _)).GetProperty("resource").GetBoolean());
        Assert.Equal(["accepted", "accepted", "accepted", "declined", "tentative"], attendees.Select(a => a.GetProperty("responseStatus").GetString()).Order());
        Assert.Equal("RRULE:FREQ=WEEKLY;BYDAY=MO,WE,FR;COUNT=12", standup.GetProperty("recurrence")[0].GetString());
        Assert.Equal(standup.GetProperty("id").GetString(), moved.GetProperty("recurringEventId").GetString());
        Assert.Equal("2025-03-05T09:30:00+01:00", moved.GetProperty("originalStartTime").GetProperty("dateTime").GetString());
        Assert.Equal("2025-03-05T10:00:00+01:00", moved.GetProperty("start").GetProperty("dateTime").GetString());
        Assert.Equal(standup.GetProperty("iCalUID").GetString(), moved.GetProperty("iCalUID").GetString());
        Assert.False(cancelledOccurrence.TryGetProperty("summary", out _));
        Assert.Equal("2025-03-07T09:30:00+01:00", cancelledOccurrence.GetProperty("originalStartTime").GetProperty("dateTime").GetString());
    }

    [Fact]
    public async Task Paging_ends_with_a_sync_token_whose_incremental_listing_carries_changes_then_410_once_expired()
    {
        var pages = 0;
        string? pageToken = null, syncToken = null;
        var ids = new List<string>();
        do
        {
            var page = await GetAsync($"calendars/primary/events?showDeleted=true&maxResults=5&timeMin=2025-03-01T00:00:00Z{(pageToken is null ? "" : "&pageToken=" + pageToken)}");
            ids.AddRange(page.GetProperty("items").EnumerateArray().Select(e => e.GetProperty("id").GetString()!));
            pageToken = page.TryGetProperty("nextPageToken", out var next) ? next.GetString() : null;
            syncToken = page.TryGetProperty("nextSyncToken", out var sync) ? sync.GetString() : null;
            Assert.True(pageToken is null ^ syncToken is null);
            pages++;
        }
        while (pageToken is not null);
        var review = _service.Data.GetEvents("primary").Single(e => e.Summary == "Design review");
        _service.Data.UpdateEvent("primary", review.Id, summary: "Design review (v2)");

        var changes = await GetAsync($"calendars/primary/events?showDeleted=true&syncToken={syncToken}");
        _service.Data.ExpireSyncTokens("primary");
        using var gone = await _client.GetAsync($"calendars/primary/events?syncToken={changes.GetProperty("nextSyncToken").GetString()}");
        using var malformed = await _client.GetAsync("calendars/primary/events?syncToken=%%%");
        using var single = await _client.GetAsync("calendars/primary/events?singleEvents=true");
        using var noOffset = await _client.GetAsync("calendars/primary/events?timeMin=2025-03-01T00:00:00");

        Assert.True(pages > 1);
        Assert.Equal(ids.Count, ids.Distinct().Count());
        Assert.DoesNotContain(ids, id => _service.Data.GetEvent("primary", id)!.Summary == "Project kickoff");
        Assert.Equal("Design review (v2)", Assert.Single(changes.GetProperty("items").EnumerateArray()).GetProperty("summary").GetString());
        Assert.Equal(HttpStatusCode.Gone, gone.StatusCode);
        Assert.Equal("fullSyncRequired", (await gone.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("error").GetProperty("errors")[0].GetProperty("reason").GetString());
        Assert.Equal(HttpStatusCode.BadRequest, malformed.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, single.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, noOffset.StatusCode);
    }

    [Fact]
    public async Task Rsvp_write_back_patches_the_self_attendee_and_a_guest_cannot_change_anyone_else()
    {
        var planning = _service.Data.GetEvents("primary").Single(e => e.Summary == "Quarterly planning");
        var fetched = await _client.GetFromJsonAsync<JsonObject>($"calendars/primary/events/{planning.Id}");
        var attendees = fetched!["attendees"]!.AsArray();
        attendees.Single(a => a!["self"]?.GetValue<bool>() == true)!["responseStatus"] = "accepted";

        using var patched = await _client.PatchAsJsonAsync($"calendars/primary/events/{planning.Id}", new JsonObject { ["attendees"] = attendees.DeepClone() });
        attendees.Single(a => a!["email"]!.GetValue<string>() == "alan@example.com")!["responseStatus"] = "declined";
        using var forbidden = await _client.PatchAsJsonAsync($"calendars/primary/events/{planning.Id}", new JsonObject { ["attendees"] = attendees.DeepClone() });
        using var missing = await _client.GetAsync("calendars/primary/events/unknownevent1");

        Assert.Equal(HttpStatusCode.OK, patched.StatusCode);
        Assert.Equal("accepted", _service.Data.GetEvent("primary", planning.Id)!.Attendees.Single(a => a.Email == "ada@example.com").ResponseStatus);
        Assert.Equal(HttpStatusCode.Forbidden, forbidden.StatusCode);
        Assert.Equal("forbiddenForNonOrganizer", (await forbidden.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("error").GetProperty("errors")[0].GetProperty("reason").GetString());
        Assert.Equal("needsAction", _service.Data.GetEvent("primary", planning.Id)!.Attendees.Single(a => a.Email == "alan@example.com").ResponseStatus);
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
    }

    [Fact]
    public async Task Deleting_an_event_leaves_it_cancelled_and_deleting_again_is_410()
    {
        var lunch = _service.Data.GetEvents("primary").Single(e => e.Summary == "Lunch with Grace?");

        using var deleted = await _client.DeleteAsync($"calendars/primary/events/{lunch.Id}");
        var after = await GetAsync($"calendars/primary/events/{lunch.Id}");
        using var again = await _client.DeleteAsync($"calendars/primary/events/{lunch.Id}");

        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        Assert.Equal("cancelled", after.GetProperty("status").GetString());
        Assert.Equal(HttpStatusCode.Gone, again.StatusCode);
    }

    [Fact]
    public async Task Watch_channels_open_notify_with_goog_headers_and_stop()
    {
        using var opened = await _client.PostAsJsonAsync("calendars/primary/events/watch", new { id = "chan-1", type = "web_hook", address = "https://example.test/hook", token = "secret=abc" });
        var channel = await opened.Content.ReadFromJsonAsync<JsonElement>();
        using var duplicate = await _client.PostAsJsonAsync("calendars/primary/events/watch", new { id = "chan-1", type = "web_hook", address = "https://example.test/hook" });
        using var plainHttp = await _client.PostAsJsonAsync("calendars/primary/events/watch", new { id = "chan-2", type = "web_hook", address = "http://127.0.0.1/hook" });
        var sync = _service.BuildNotification("chan-1", "sync");
        var change = _service.BuildNotification("chan-1");
        var next = _service.BuildNotification("chan-1");
        using var request = change.ToRequest();
        using var stopped = await _client.PostAsJsonAsync("channels/stop", new { id = "chan-1", resourceId = channel.GetProperty("resourceId").GetString() });
        using var stoppedAgain = await _client.PostAsJsonAsync("channels/stop", new { id = "chan-1", resourceId = channel.GetProperty("resourceId").GetString() });

        Assert.Equal(HttpStatusCode.OK, opened.StatusCode);
        Assert.Equal("api#channel", channel.GetProperty("kind").GetString());
        var expiration = DateTimeOffset.FromUnixTimeMilliseconds(long.Parse(channel.GetProperty("expiration").GetString()!));
        Assert.Equal(_service.Data.Now + FakeCalendarData.DefaultChannelLifetime, expiration);
        Assert.Equal(HttpStatusCode.BadRequest, duplicate.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, plainHttp.StatusCode);
        Assert.Equal("sync", sync.Headers["X-Goog-Resource-State"]);
        Assert.Equal("1", sync.Headers["X-Goog-Message-Number"]);
        Assert.Equal(["2", "3"], [change.Headers["X-Goog-Message-Number"], next.Headers["X-Goog-Message-Number"]]);
        Assert.Equal("exists", change.Headers["X-Goog-Resource-State"]);
        Assert.Equal("chan-1", change.Headers["X-Goog-Channel-ID"]);
        Assert.Equal("secret=abc", change.Headers["X-Goog-Channel-Token"]);
        Assert.Equal(channel.GetProperty("resourceId").GetString(), change.Headers["X-Goog-Resource-ID"]);
        Assert.EndsWith("GMT", change.Headers["X-Goog-Channel-Expiration"], StringComparison.Ordinal);
        Assert.Equal("chan-1", request.Headers.GetValues("X-Goog-Channel-ID").Single());
        Assert.Equal(new Uri("https://example.test/hook"), request.RequestUri);
        Assert.Equal(HttpStatusCode.NoContent, stopped.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, stoppedAgain.StatusCode);
        Assert.Throws<InvalidOperationException>(() => _service.BuildNotification("chan-1"));
    }

    private async Task<JsonElement> GetAsync(string path) => await _client.GetFromJsonAsync<JsonElement>(path);
}
