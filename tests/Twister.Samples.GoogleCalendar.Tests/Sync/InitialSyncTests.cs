using Twister.Hosting.Execution;
using Twister.Hosting.Plot;
using Twister.Samples.GoogleCalendar.Tests.Infrastructure;
using Twister.Testing;

namespace Twister.Samples.GoogleCalendar.Tests.Sync;

public sealed class InitialSyncTests : CalendarTestBase
{
    /// <summary>The primary calendar's events and series; the event deleted before the sync is not one of them.</summary>
    private static readonly string[] PrimaryTitles =
        ["1:1 Grace / Ada", "Design review", "Lunch with Grace?", "Pay day", "Project kickoff", "Quarterly planning", "Team offsite", "Team standup"];

    [Fact]
    public async Task The_calendars_are_the_channels()
    {
        var channels = await Host.Connector.InstallAsync();

        Assert.Equal(Google.Data.Calendars.Select(c => (c.Id, c.Summary)), channels.Select(c => (c.Id, c.Title)));
    }

    [Fact]
    public async Task Each_event_and_series_becomes_one_event_item_with_its_source_meta_and_read_state()
    {
        await SyncAsync();

        var items = await Host.AssertActivityCountAsync(PrimaryTitles.Length);
        Assert.Equal(PrimaryTitles, items.Select(i => i.Title).Order(StringComparer.Ordinal));
        Assert.All(items, i =>
        {
            Assert.Equal(ActivityType.Event, i.Type);
            Assert.Equal("event", i.LinkType);
            Assert.Equal("google", i.Meta.SyncProvider);
            Assert.Equal(Primary, i.Meta.ChannelId);
            Assert.Equal($"google-calendar:{i.Meta.ExternalId}", i.Source);
            Assert.False(i.Unread);
            Assert.False(i.Archived);
        });
        Assert.Equal("Tentative", (await ItemOfAsync("Lunch with Grace?")).LinkStatus);
        Assert.Equal("Confirmed", (await ItemOfAsync("Design review")).LinkStatus);
    }

    [Fact]
    public async Task A_timed_event_has_its_instants_time_zone_attendees_with_answers_and_roles_organizer_and_actions()
    {
        await SyncAsync();
        var review = Event("Design review");

        var item = await ItemOfAsync(review);

        var schedule = Assert.Single(item.Schedules);
        Assert.Equal(Paris(Anchor.AddDays(1), 10), schedule.Start);
        Assert.Equal(Paris(Anchor.AddDays(1), 11), schedule.End);
        Assert.Equal("Europe/Paris", schedule.TimeZone);
        Assert.Null(schedule.StartDate);
        Assert.Null(schedule.RecurrenceRule);
        Assert.Equal(
            [
                (ContactKey("ada@example.com"), (RsvpStatus?)RsvpStatus.Attend, ScheduleContactRole.Organizer),
                (ContactKey("grace@example.com"), RsvpStatus.Attend, ScheduleContactRole.Required),
                (ContactKey("alan@example.com"), RsvpStatus.Skip, ScheduleContactRole.Required),
                (ContactKey("katherine@example.com"), RsvpStatus.Tentative, ScheduleContactRole.Optional),
            ],
            schedule.Contacts.Select(c => (c.ContactKey, c.Status, c.Role))); // the room is a resource, not a person
        Assert.Equal("ada@example.com", item.Author?.Email);
        Assert.Equal("Ada Lovelace", item.Author?.Name);
        Assert.Equal(100, item.Priority); // the user organizes it
        Assert.StartsWith("https://www.google.com/calendar/event?eid=", item.SourceUrl, StringComparison.Ordinal);
        Assert.Equal(
            [(ItemActionKind.Conferencing, "Join Google Meet", "https://meet.google.com/abc-defg-hij"), (ItemActionKind.External, "View in Calendar", item.SourceUrl)],
            item.Actions.Select(a => (a.Kind, a.Title, a.Url)));
        Assert.Equal("Room Turing", item.Meta["location"]);
        Assert.Equal(review.ICalUid, item.Meta["iCalUID"]);
    }

    [Fact]
    public async Task An_html_description_is_a_note_converted_by_the_platform_and_a_plain_one_is_also_the_preview()
    {
        await SyncAsync();

        var review = await ItemOfAsync("Design review");
        var planning = await ItemOfAsync("Quarterly planning");

        var reviewNote = Assert.Single(await Host.Plot.GetNotesAsync(review.Id));
        Assert.StartsWith("description-", reviewNote.Key, StringComparison.Ordinal);
        Assert.Contains("**navigation**", reviewNote.Content, StringComparison.Ordinal);
        Assert.DoesNotContain("<b>", reviewNote.Content, StringComparison.Ordinal);
        Assert.Equal("ada@example.com", reviewNote.AuthorContact?.Email);
        Assert.Null(review.Preview); // a preview is plain text, never HTML
        var planningNote = Assert.Single(await Host.Plot.GetNotesAsync(planning.Id));
        Assert.Equal(Event("Quarterly planning").Description, planningNote.Content);
        Assert.Equal(planningNote.Content, planning.Preview);
    }

    [Fact]
    public async Task A_meeting_link_in_the_description_becomes_a_join_action_and_a_dial_in_page_does_not()
    {
        await SyncAsync();

        var planning = await ItemOfAsync("Quarterly planning");

        var join = Assert.Single(planning.Actions, a => a.Kind == ItemActionKind.Conferencing);
        Assert.Equal(("Join Zoom", "https://zoom.us/j/123456789"), (join.Title, join.Url));
        Assert.DoesNotContain(planning.Actions, a => a.Url!.Contains("dialin", StringComparison.Ordinal));
        Assert.Equal(50, planning.Priority); // the user is invited, someone else organizes it
        Assert.Equal("grace@example.com", planning.Author?.Email);
        var ada = Assert.Single(Assert.Single(planning.Schedules).Contacts, c => c.ContactKey == ContactKey("ada@example.com"));
        Assert.Null(ada.Status); // not answered yet
    }

    [Fact]
    public async Task An_all_day_event_has_days_and_no_times()
    {
        await SyncAsync();

        var offsite = Assert.Single((await ItemOfAsync("Team offsite")).Schedules);

        Assert.Equal((Anchor.AddDays(7), Anchor.AddDays(9)), (offsite.StartDate, offsite.EndDate));
        Assert.Null(offsite.Start);
        Assert.Null(offsite.End);
        Assert.Null(offsite.TimeZone);
    }

    [Fact]
    public async Task A_recurring_series_has_its_rule_and_its_moved_and_cancelled_occurrences()
    {
        await SyncAsync();

        var standup = Assert.Single((await ItemOfAsync("Team standup")).Schedules);

        Assert.Equal("FREQ=WEEKLY;BYDAY=MO,WE,FR;COUNT=12", standup.RecurrenceRule);
        Assert.Equal((Paris(Anchor, 9, 30), Paris(Anchor, 9, 45)), (standup.Start, standup.End));
        Assert.False(standup.Cancelled);
        Assert.Equal(2, standup.Occurrences.Count);
        var moved = standup.Occurrences[0];
        Assert.Equal(Paris(Anchor.AddDays(2), 9, 30), moved.OriginalStart);
        Assert.Equal((Paris(Anchor.AddDays(2), 10), Paris(Anchor.AddDays(2), 10, 15)), (moved.Start, moved.End));
        Assert.False(moved.Cancelled);
        Assert.Equal(2, moved.Contacts.Count);
        var cancelled = standup.Occurrences[1];
        Assert.Equal(Paris(Anchor.AddDays(4), 9, 30), cancelled.OriginalStart);
        Assert.True(cancelled.Cancelled);
        var notes = await Host.Plot.GetNotesAsync((await ItemOfAsync("Team standup")).Id);
        Assert.DoesNotContain(notes, n => n.Key!.StartsWith("cancellation", StringComparison.Ordinal)); // history is not news on the initial sync
    }

    [Fact]
    public async Task An_exdate_is_a_cancelled_occurrence_and_until_stays_in_the_rule()
    {
        await SyncAsync();

        var oneOnOne = Assert.Single((await ItemOfAsync("1:1 Grace / Ada")).Schedules);

        Assert.Equal("FREQ=WEEKLY;INTERVAL=2;UNTIL=20250630T000000Z", oneOnOne.RecurrenceRule);
        var skipped = Assert.Single(oneOnOne.Occurrences);
        Assert.Equal(Paris(Anchor.AddDays(14), 15), skipped.OriginalStart);
        Assert.True(skipped.Cancelled);
    }

    [Fact]
    public async Task An_all_day_series_recurs_by_days()
    {
        await SyncAsync();

        var payDay = Assert.Single((await ItemOfAsync("Pay day")).Schedules);

        Assert.Equal("FREQ=MONTHLY;BYMONTHDAY=25", payDay.RecurrenceRule);
        Assert.Equal((new DateOnly(2025, 3, 25), new DateOnly(2025, 3, 26)), (payDay.StartDate, payDay.EndDate));
        Assert.Null(payDay.Start);
    }

    [Fact]
    public async Task Attendees_are_contacts_deduplicated_by_email_across_events_and_calendars()
    {
        await SyncAsync();
        await SyncAsync(Team);

        var contacts = await Host.Plot.GetContactsAsync();

        Assert.Single(contacts, c => c.Key == ContactKey("grace@example.com"));
        Assert.Single(contacts, c => c.Key == ContactKey("ada@example.com"));
        Assert.DoesNotContain(contacts, c => c.Email!.StartsWith("room-", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_quick_pass_then_a_full_pass_each_batch_within_the_budget_and_the_sync_token_is_kept()
    {
        await SyncAsync();

        var batches = (await Host.GetExecutionsAsync()).Where(e => e.CallbackKey == nameof(CalendarConnector.Callbacks.SyncBatch)).ToList();
        Assert.Equal(2, batches.Count); // one page per pass
        Assert.All(batches, b => Assert.Equal(ExecutionStatus.Succeeded, b.Status));
        await Host.AssertRequestsPerExecutionAtMostAsync(60);
        Assert.NotNull(await Host.GetStoredJsonAsync($"last_sync_token_{Primary}"));
        Assert.Null(await Host.GetStoredJsonAsync($"sync_state_{Primary}")); // cleared when the pass ended
    }

    [Fact]
    public async Task A_calendar_of_more_than_a_page_syncs_page_by_page_in_a_task_each()
    {
        for (var i = 0; i < 150; i++)
            Google.Data.CreateEvent(Team, $"Booking {i:000}", FakeGoogleCalendar.Model.EventTime.At(Anchor.AddDays(i % 20), new TimeOnly(8, 0), "UTC"), FakeGoogleCalendar.Model.EventTime.At(Anchor.AddDays(i % 20), new TimeOnly(9, 0), "UTC"));

        await SyncAsync(Team);

        await Host.AssertActivityCountAsync(152); // and the release train and the retro
        var batches = (await Host.GetExecutionsAsync()).Count(e => e.CallbackKey == nameof(CalendarConnector.Callbacks.SyncBatch));
        Assert.Equal(4, batches); // two pages per pass, 100 events a page
        await Host.AssertRequestsPerExecutionAtMostAsync(RequestBudget / 2);
    }

    [Fact]
    public async Task Enabling_again_resyncs_in_place_without_duplicates()
    {
        await SyncAsync();
        var before = await Host.Plot.CountAsync();

        await SyncAsync();

        Assert.Equal(before, await Host.Plot.CountAsync());
        Assert.Single(Google.Data.Channels); // the push channel was replaced, not added
        Assert.Single(await Host.GetWebhooksAsync());
    }
}
