using Twister.Samples.FakeGoogleCalendar.Data;
using Twister.Samples.FakeGoogleCalendar.Model;

namespace Twister.Samples.FakeGoogleCalendar.Tests;

public sealed class FakeCalendarDataTests
{
    private static readonly DateOnly Anchor = new(2025, 3, 3);

    [Fact]
    public void The_same_anchor_and_seed_give_the_same_events_and_the_seed_covers_each_case()
    {
        var data = FakeCalendarData.Seed();
        var again = FakeCalendarData.Seed();
        var events = data.GetEvents("primary");

        Assert.Equal(events.Select(Describe), again.GetEvents("primary").Select(Describe));
        Assert.NotEqual(events[0].Id, FakeCalendarData.Seed(seed: 2).GetEvents("primary")[0].Id);
        Assert.All(events, e => Assert.Matches("^[0-9a-v]{26}(_[0-9TZ]+)?$", e.Id));
        Assert.Equal(3, data.Calendars.Count);
        Assert.Contains(events, e => e.Start.Date is not null && e.Recurrence is null);
        Assert.Contains(events, e => e.Start.DateTime is { Offset.TotalHours: 1 } && e.Start.TimeZone == "Europe/Paris");
        Assert.Contains(events, e => e.Recurrence?.Any(r => r.StartsWith("RRULE:", StringComparison.Ordinal)) == true && e.Start.Date is not null);
        Assert.Contains(events, e => e.Recurrence?.Any(r => r.StartsWith("EXDATE", StringComparison.Ordinal)) == true);
        var moved = Assert.Single(events, e => e.RecurringEventId is not null && e.Status == "confirmed");
        Assert.NotEqual(moved.OriginalStartTime!.Instant, moved.Start.Instant);
        Assert.Single(events, e => e.RecurringEventId is not null && e.Status == "cancelled");
        Assert.Single(events, e => e.RecurringEventId is null && e.Status == "cancelled");
        Assert.Single(events, e => e.Status == "tentative");
        Assert.Equal(["accepted", "declined", "needsAction", "tentative"], events.SelectMany(e => e.Attendees).Select(a => a.ResponseStatus).Distinct().Order());
        Assert.Contains(events.SelectMany(e => e.Attendees), a => a.Resource);
        Assert.Contains(events, e => e.MeetCode is not null);
        Assert.Contains(events, e => e.OrganizerEmail != data.UserEmail && e.Attendees.Any(a => a.Email == data.UserEmail && a.ResponseStatus == "needsAction"));
    }

    [Fact]
    public void A_full_listing_bounds_single_events_by_time_min_keeps_masters_and_cancelled_occurrences_and_hides_deletions()
    {
        var data = FakeCalendarData.Seed();
        var from = new DateTimeOffset(Anchor.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);

        var page = data.ListEvents("primary", new EventListRequest(TimeMin: from))!;
        var withDeleted = data.ListEvents("primary", new EventListRequest(TimeMin: from, ShowDeleted: true))!;
        var everything = data.ListEvents("primary", new EventListRequest())!;

        Assert.DoesNotContain(page.Items, e => e.Summary == "Project kickoff");
        Assert.Contains(everything.Items, e => e.Summary == "Project kickoff");
        Assert.Contains(page.Items, e => e.Summary == "Pay day");
        Assert.Contains(page.Items, e => e.RecurringEventId is not null && e.Status == "cancelled");
        Assert.DoesNotContain(page.Items, e => e.RecurringEventId is null && e.Status == "cancelled");
        Assert.Contains(withDeleted.Items, e => e.Summary == "Vendor sync" && e.Status == "cancelled");
        Assert.Null(page.NextPageToken);
        Assert.NotNull(page.NextSyncToken);
        Assert.Null(data.ListEvents("nobody@example.com", new EventListRequest()));
    }

    [Fact]
    public void Pages_walk_every_event_once_and_an_edit_between_pages_waits_for_the_next_incremental_listing()
    {
        var data = FakeCalendarData.Seed();
        var first = data.ListEvents("primary", new EventListRequest(ShowDeleted: true, MaxResults: 4))!;
        var edited = data.UpdateEvent("primary", first.Items[0].Id, summary: "Renamed between pages")!;
        var seen = first.Items.Select(e => e.Id).ToList();
        var page = first;
        while (page.NextPageToken is not null)
        {
            Assert.Null(page.NextSyncToken);
            page = data.ListEvents("primary", new EventListRequest(ShowDeleted: true, MaxResults: 4, PageToken: page.NextPageToken))!;
            seen.AddRange(page.Items.Select(e => e.Id));
        }

        var changes = data.ListEvents("primary", new EventListRequest(SyncToken: page.NextSyncToken))!;

        Assert.Equal(data.GetEvents("primary").Count, seen.Count);
        Assert.Equal(seen.Count, seen.Distinct().Count());
        Assert.Equal(edited.Id, Assert.Single(changes.Items).Id);
        Assert.Equal("Renamed between pages", changes.Items[0].Summary);
        Assert.Throws<ArgumentException>(() => data.ListEvents("primary", new EventListRequest(MaxResults: 4, PageToken: first.NextPageToken)));
    }

    [Fact]
    public void An_incremental_listing_returns_only_changes_deletions_included_then_nothing()
    {
        var data = FakeCalendarData.Seed();
        var token = data.ListEvents("primary", new EventListRequest())!.NextSyncToken;
        var events = data.GetEvents("primary");
        var standup = events.Single(e => e.Summary == "Team standup" && e.Recurrence is not null);
        var planning = events.Single(e => e.Summary == "Quarterly planning");

        data.Respond("primary", planning.Id, "alan@example.com", "accepted");
        data.DeleteEvent("primary", events.Single(e => e.Summary == "Lunch with Grace?").Id);
        var cancelled = data.CancelOccurrence("primary", standup.Id, EventTime.At(Anchor.AddDays(7), new(9, 30), "Europe/Paris"));
        var changes = data.ListEvents("primary", new EventListRequest(SyncToken: token))!;
        var none = data.ListEvents("primary", new EventListRequest(SyncToken: changes.NextSyncToken))!;

        Assert.Equal([planning.Id, events.Single(e => e.Summary == "Lunch with Grace?").Id, cancelled.Id], changes.Items.Select(e => e.Id));
        Assert.Equal("cancelled", changes.Items[1].Status);
        Assert.Equal($"{standup.Id}_20250310T083000Z", cancelled.Id);
        Assert.Equal(standup.Id, cancelled.RecurringEventId);
        Assert.Equal(standup.ICalUid, cancelled.ICalUid);
        Assert.Empty(none.Items);
        Assert.NotNull(none.NextSyncToken);
    }

    [Fact]
    public void Expired_or_foreign_sync_tokens_require_a_full_sync_and_malformed_ones_are_refused()
    {
        var data = FakeCalendarData.Seed();
        var token = data.ListEvents("primary", new EventListRequest())!.NextSyncToken;
        var teamId = data.Calendars[1].Id;

        Assert.Throws<SyncTokenExpiredException>(() => data.ListEvents(teamId, new EventListRequest(SyncToken: token)));
        data.ExpireSyncTokens("primary");
        Assert.Throws<SyncTokenExpiredException>(() => data.ListEvents("primary", new EventListRequest(SyncToken: token)));
        Assert.NotNull(data.ListEvents("primary", new EventListRequest())!.NextSyncToken);
        Assert.Throws<ArgumentException>(() => data.ListEvents("primary", new EventListRequest(SyncToken: "not-a-token")));
        Assert.Throws<ArgumentException>(() => data.ListEvents("primary", new EventListRequest(TimeMin: DateTimeOffset.UnixEpoch, SyncToken: token)));
    }

    [Fact]
    public void A_guest_may_change_only_their_own_answer_and_channels_open_stop_and_expire()
    {
        var data = FakeCalendarData.Seed();
        var planning = data.GetEvents("primary").Single(e => e.Summary == "Quarterly planning");
        var mine = planning.Attendees.Select(a => a.Email == data.UserEmail ? a with { ResponseStatus = "tentative" } : a).ToList();
        var theirs = planning.Attendees.Select(a => a.Email == "alan@example.com" ? a with { ResponseStatus = "accepted" } : a).ToList();

        var answered = data.Patch("primary", planning.Id, null, null, mine)!;
        var channel = data.OpenChannel("primary", "channel-1", "https://example.test/hook", "secret=s");
        var other = data.OpenChannel("primary", "channel-2", "https://example.test/hook", null, TimeSpan.FromHours(1));
        data.AdvanceClock(TimeSpan.FromHours(2));

        Assert.Equal("tentative", answered.Attendees.Single(a => a.Email == data.UserEmail).ResponseStatus);
        Assert.True(answered.ChangeNumber > planning.ChangeNumber);
        Assert.Throws<UnauthorizedAccessException>(() => data.Patch("primary", planning.Id, null, null, theirs));
        Assert.Throws<UnauthorizedAccessException>(() => data.Patch("primary", planning.Id, "My title", null, null));
        Assert.Throws<ArgumentException>(() => data.OpenChannel("primary", "channel-1", "https://example.test/hook", null));
        Assert.Equal(channel.ResourceId, other.ResourceId);
        Assert.Equal("channel-1", Assert.Single(data.Channels).Id);
        Assert.False(data.StopChannel("channel-1", "wrong-resource"));
        Assert.True(data.StopChannel("channel-1", channel.ResourceId));
        Assert.Empty(data.Channels);
    }

    private static string Describe(CalendarEvent e) => $"{e.Id}|{e.Summary}|{e.Start}|{e.End}|{string.Join(",", e.Attendees)}|{e.Updated:O}|{e.ChangeNumber}";
}
