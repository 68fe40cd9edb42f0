using Twister.Hosting.Plot;
using Twister.Samples.GoogleCalendar.Tests.Infrastructure;
using Twister.Testing;

namespace Twister.Samples.GoogleCalendar.Tests.Lifecycle;

public sealed class ChannelLifecycleTests : CalendarTestBase
{
    [Fact]
    public async Task Disabling_archives_the_calendars_items_only_and_forgets_its_state()
    {
        await SyncAsync();
        await SyncAsync(Team);

        var archived = await Host.Connector.DisableChannelAsync(Primary);

        Assert.Equal(8, archived);
        Assert.All(await Host.Plot.GetActivitiesAsync(new ActivityQuery { ChannelId = Primary }), a => Assert.True(a.Archived));
        Assert.All(await Host.Plot.GetActivitiesAsync(new ActivityQuery { ChannelId = Team }), a => Assert.False(a.Archived));
        foreach (var key in new[] { "sync_enabled_", "sync_state_", "last_sync_token_", "sync_history_min_", "watch_" })
            Assert.Null(await Host.GetStoredJsonAsync(key + Primary));
        Assert.Null(await Host.GetStoredJsonAsync($"series_{Primary}_{Event("Team standup").Id}"));
        Assert.NotNull(await Host.GetStoredJsonAsync($"last_sync_token_{Team}"));
        Assert.Single(Google.Data.Channels, c => c.CalendarId == Team);
    }

    [Fact]
    public async Task A_batch_queued_before_the_calendar_was_disabled_does_nothing()
    {
        await EnableAsync();
        await Host.Connector.DisableChannelAsync(Primary);

        await RunTasksAsync();

        await Host.AssertActivityCountAsync(0);
    }

    [Fact]
    public async Task Enabling_again_after_disabling_brings_the_items_back_unarchived()
    {
        await SyncAsync();
        await Host.Connector.DisableChannelAsync(Primary);

        await SyncAsync();

        var items = await Host.AssertActivityCountAsync(8);
        Assert.All(items, a => Assert.False(a.Archived));
        Assert.Single(Google.Data.Channels);
    }

    [Fact]
    public async Task Recovery_drops_the_sync_token_reopens_the_channel_and_resyncs_without_duplicates()
    {
        await SyncAsync();
        var counts = await Host.Plot.CountAsync();
        var channel = Assert.Single(Google.Data.Channels);
        Google.Data.ExpireSyncTokens(Primary); // a token from before the re-authorization would not work

        var recovered = await Host.Connector.RecoverAsync();
        await RunTasksAsync();

        Assert.Equal([Primary], recovered);
        Assert.Equal(counts, await Host.Plot.CountAsync());
        Assert.NotEqual(channel.Id, Assert.Single(Google.Data.Channels).Id);
        Assert.NotNull(await Host.GetStoredJsonAsync($"last_sync_token_{Primary}"));
        Assert.Equal(4, (await Host.GetExecutionsAsync()).Count(e => e.CallbackKey == nameof(CalendarConnector.Callbacks.SyncBatch))); // a quick and a full pass each time
    }
}
