using Twister.Samples.FakeGoogleCalendar.Model;
using Twister.Samples.GoogleCalendar.Sync;
using Twister.Samples.GoogleCalendar.Tests.Infrastructure;
using Twister.Testing;

namespace Twister.Samples.GoogleCalendar.Tests.Sync;

/// <summary>Changes in Google reach Plot through a notification and an incremental pass from the kept sync token.</summary>
public sealed class IncrementalSyncTests : CalendarTestBase
{
    [Fact]
    public async Task An_edited_event_is_updated_in_place_and_the_users_read_and_archive_choices_survive()
    {
        await SyncAsync();
        var review = Event("Design review");
        var before = await ItemOfAsync(review);
        await Host.Plot.SetActivityStateAsync(before.Id, unread: true, archived: true);
        var token = await Host.GetStoredJsonAsync($"last_sync_token_{Primary}");

        Google.Data.UpdateEvent(Primary, review.Id, summary: "Design review (v2)", start: EventTime.At(Anchor.AddDays(1), new TimeOnly(11, 0), "Europe/Paris"));
        await NotifyAsync();

        var after = await ItemOfAsync(review);
        Assert.Equal(before.Id, after.Id);
        Assert.Equal("Design review (v2)", after.Title);
        Assert.Equal(Paris(Anchor.AddDays(1), 11), Assert.Single(after.Schedules).Start);
        Assert.True(after.Unread);
        Assert.True(after.Archived);
        await Host.AssertActivityCountAsync(8);
        Assert.NotEqual(token, await Host.GetStoredJsonAsync($"last_sync_token_{Primary}")); // the pass ended with the next token
    }

    [Fact]
    public async Task The_incremental_pass_lists_only_what_changed_since_the_sync_token()
    {
        await SyncAsync();
        var created = Google.Data.CreateEvent(Primary, "Coffee", EventTime.At(Anchor.AddDays(2), new TimeOnly(16, 0), "Europe/Paris"), EventTime.At(Anchor.AddDays(2), new TimeOnly(16, 30), "Europe/Paris"));

        var executionsBefore = (await Host.GetExecutionsAsync()).Count;
        await NotifyAsync();

        var item = await ItemOfAsync(created);
        Assert.Equal("Coffee", item.Title);
        Assert.True(item.Unread); // a new item on an incremental sync: Plot's default, not marked read
        await Host.AssertActivityCountAsync(9);
        var pass = (await Host.GetExecutionsAsync()).Skip(executionsBefore).Where(e => e.CallbackKey == nameof(CalendarConnector.Callbacks.SyncBatch)).ToList();
        var batch = Assert.Single(pass);
        Assert.True(batch.Requests < 10, $"an incremental batch of one change made {batch.Requests} requests"); // one listing, one upsert, a few store operations
    }

    [Fact]
    public async Task A_moved_occurrence_joins_the_series_and_keeps_the_occurrences_already_known()
    {
        await SyncAsync();
        var standup = Event("Team standup");

        Google.Data.ModifyOccurrence(Primary, standup.Id, EventTime.At(Anchor.AddDays(7), new TimeOnly(9, 30), "Europe/Paris"),
            EventTime.At(Anchor.AddDays(7), new TimeOnly(11, 0), "Europe/Paris"), EventTime.At(Anchor.AddDays(7), new TimeOnly(11, 15), "Europe/Paris"));
        await NotifyAsync();

        var schedule = Assert.Single((await ItemOfAsync(standup)).Schedules);
        Assert.Equal([Paris(Anchor.AddDays(2), 9, 30), Paris(Anchor.AddDays(4), 9, 30), Paris(Anchor.AddDays(7), 9, 30)], schedule.Occurrences.Select(o => o.OriginalStart));
        var moved = schedule.Occurrences[2];
        Assert.Equal((Paris(Anchor.AddDays(7), 11), Paris(Anchor.AddDays(7), 11, 15)), (moved.Start, moved.End));
        Assert.Equal("FREQ=WEEKLY;BYDAY=MO,WE,FR;COUNT=12", schedule.RecurrenceRule);
        await Host.AssertActivityCountAsync(8); // an occurrence is part of its series, never an item of its own
    }

    [Fact]
    public async Task A_cancelled_occurrence_is_marked_on_the_series_with_a_note()
    {
        await SyncAsync();
        var standup = Event("Team standup");

        Google.Data.CancelOccurrence(Primary, standup.Id, EventTime.At(Anchor.AddDays(9), new TimeOnly(9, 30), "Europe/Paris"));
        await NotifyAsync();

        var item = await ItemOfAsync(standup);
        var cancelled = Assert.Single(Assert.Single(item.Schedules).Occurrences, o => o.OriginalStart == Paris(Anchor.AddDays(9), 9, 30));
        Assert.True(cancelled.Cancelled);
        var note = await Host.AssertNoteAsync(item.Source!, "cancellation-2025-03-12T08:30:00Z");
        Assert.Equal("The March 12, 2025 occurrence was cancelled.", note.Content);
    }

    [Fact]
    public async Task A_deleted_event_becomes_cancelled_with_a_note_and_keeps_its_title_and_schedule()
    {
        await SyncAsync();
        var review = Event("Design review");
        var before = await ItemOfAsync(review);

        Google.Data.DeleteEvent(Primary, review.Id);
        await NotifyAsync();

        var after = await ItemOfAsync(review);
        Assert.Equal("Cancelled", after.LinkStatus);
        Assert.Equal("Design review", after.Title);
        Assert.Equal(before.Schedules[0].Start, Assert.Single(after.Schedules).Start);
        Assert.Equal("This event was cancelled.", (await Host.AssertNoteAsync(after.Source!, "cancellation")).Content);
        Assert.Equal(before.Meta["iCalUID"], after.Meta["iCalUID"]);
    }

    [Fact]
    public async Task A_deletion_of_an_event_that_already_ended_or_was_never_synced_changes_nothing()
    {
        await SyncAsync();
        var kickoff = Event("Project kickoff"); // weeks ago
        var notes = (await Host.Plot.CountAsync()).Notes;

        Google.Data.DeleteEvent(Primary, kickoff.Id);
        Google.Data.UpdateEvent(Primary, Google.Data.GetEvents(Primary).Single(e => e.Summary == "Vendor sync").Id, description: "deleted before the first sync");
        await NotifyAsync();

        Assert.Equal("Confirmed", (await ItemOfAsync(kickoff)).LinkStatus);
        Assert.Null(await Host.Plot.FindActivityAsync(EventItem.SourceOf(Google.Data.GetEvents(Primary).Single(e => e.Summary == "Vendor sync").Id)));
        Assert.Equal((8L, notes), await Host.Plot.CountAsync());
    }

    [Fact]
    public async Task An_answer_given_in_google_updates_the_attendees_status()
    {
        await SyncAsync();
        var review = Event("Design review");

        Google.Data.Respond(Primary, review.Id, "grace@example.com", "declined");
        await NotifyAsync();

        var grace = Assert.Single(Assert.Single((await ItemOfAsync(review)).Schedules).Contacts, c => c.ContactKey == ContactKey("grace@example.com"));
        Assert.Equal(RsvpStatus.Skip, grace.Status);
    }

    [Fact]
    public async Task A_notification_during_a_pass_asks_for_one_more_pass_which_lists_what_the_pass_could_not()
    {
        for (var i = 0; i < 150; i++) // two pages per pass
            Google.Data.CreateEvent(Team, $"Booking {i:000}", EventTime.At(Anchor.AddDays(i % 20), new TimeOnly(8, 0), "UTC"), EventTime.At(Anchor.AddDays(i % 20), new TimeOnly(9, 0), "UTC"));
        await EnableAsync(Team);
        Assert.Equal(new[] { "SyncBatch", "OpenWatch", "SyncBatch" }, new[] { await RunOneAsync(), await RunOneAsync(), await RunOneAsync() }); // the quick pass, the channel

        await DeliverAsync(Google.BuildNotification(Assert.Single(Google.Data.Channels).Id));
        Assert.Equal(new[] { "SyncBatch", "OnNotification" }, new[] { await RunOneAsync(), await RunOneAsync() }); // the full pass's first page, then the notification
        var late = Google.Data.CreateEvent(Team, "Late addition", EventTime.AllDay(Anchor.AddDays(20)), EventTime.AllDay(Anchor.AddDays(21)));
        await RunTasksAsync(); // the full pass's last page, then the follow-up pass

        Assert.Equal("Late addition", (await ItemOfAsync(late)).Title); // after the full pass's snapshot: only the follow-up lists it
        Assert.Null(await Host.GetStoredJsonAsync($"sync_state_{Team}"));
        Assert.Equal(5, (await Host.GetExecutionsAsync()).Count(e => e.CallbackKey == nameof(CalendarConnector.Callbacks.SyncBatch))); // two pages each for the quick and full passes, one for the follow-up
    }

    private async Task<string> RunOneAsync() => Assert.Single(await Host.Host.RunDueTasksAsync(maxTasks: 1)).CallbackKey ?? "";
}
