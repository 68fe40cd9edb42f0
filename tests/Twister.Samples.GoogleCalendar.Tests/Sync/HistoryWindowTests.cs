using Twister.Samples.FakeGoogleCalendar.Model;
using Twister.Samples.GoogleCalendar.Tests.Infrastructure;
using Twister.Testing;

namespace Twister.Samples.GoogleCalendar.Tests.Sync;

/// <summary>The initial sync reaches back to the sync context's history window; recurring series come whatever their start.</summary>
public sealed class HistoryWindowTests : CalendarTestBase
{
    private DateTimeOffset LastWeek => Google.Data.Now.AddDays(-7);

    [Fact]
    public async Task Without_a_window_the_initial_sync_reaches_back_a_year_and_a_day()
    {
        var lastYear = Google.Data.CreateEvent(Primary, "A year ago", At(Google.Data.Now.AddDays(-360)), At(Google.Data.Now.AddDays(-360).AddHours(1)));
        var tooOld = Google.Data.CreateEvent(Primary, "Two years ago", At(Google.Data.Now.AddDays(-730)), At(Google.Data.Now.AddDays(-730).AddHours(1)));

        await SyncAsync();

        await ItemOfAsync(lastYear);
        await ItemOfAsync("Project kickoff");
        Assert.Null(await Host.Plot.FindActivityAsync(Sync(tooOld)));
    }

    [Fact]
    public async Task A_history_window_leaves_older_single_events_out_but_keeps_series_that_started_before_it()
    {
        var oldSeries = Google.Data.CreateEvent(Primary, "Book club", At(Google.Data.Now.AddDays(-200)), At(Google.Data.Now.AddDays(-200).AddHours(1)), recurrence: ["RRULE:FREQ=MONTHLY"]);

        await SyncAsync(context: new SyncContext(HistoryMin: LastWeek));

        Assert.Null(await Host.Plot.FindActivityAsync(Sync(Event("Project kickoff"))));
        Assert.Equal("FREQ=MONTHLY", Assert.Single((await ItemOfAsync(oldSeries)).Schedules).RecurrenceRule);
        await ItemOfAsync("Design review");
        await Host.AssertActivityCountAsync(8); // the seven of the window, and the series
    }

    [Fact]
    public async Task A_window_no_earlier_than_the_one_synced_changes_nothing_and_an_earlier_one_backfills()
    {
        await SyncAsync(context: new SyncContext(HistoryMin: LastWeek));
        var executions = (await Host.GetExecutionsAsync()).Count;

        await SyncAsync(context: new SyncContext(HistoryMin: LastWeek.AddDays(3)));
        Assert.Single((await Host.GetExecutionsAsync()).Skip(executions)); // the enable, which found the window synced
        Assert.Null(await Host.Plot.FindActivityAsync(Sync(Event("Project kickoff"))));

        await SyncAsync(context: new SyncContext(HistoryMin: LastWeek.AddDays(-60)));
        var kickoff = await ItemOfAsync("Project kickoff");
        Assert.False(kickoff.Unread); // a backfill is an initial sync: history is not news
        await Host.AssertActivityCountAsync(8);
    }

    private static string Sync(CalendarEvent e) => GoogleCalendar.Sync.EventItem.SourceOf(e.Id);

    private static EventTime At(DateTimeOffset instant) => new(null, instant, "UTC");
}
