using Twister.Samples.GoogleCalendar.Tests.Infrastructure;
using Twister.Testing;

namespace Twister.Samples.GoogleCalendar.Tests.Sync;

/// <summary>Google answers 410 Gone to an expired sync token: the connector lists in full again, duplicating nothing.</summary>
public sealed class SyncTokenExpiryTests : CalendarTestBase
{
    [Fact]
    public async Task An_expired_token_falls_back_to_a_full_listing_that_updates_in_place()
    {
        await SyncAsync();
        var counts = await Host.Plot.CountAsync();
        var review = Event("Design review");
        var item = await ItemOfAsync(review);
        await Host.Plot.SetActivityStateAsync(item.Id, unread: true, archived: true);
        var expired = await Host.GetStoredJsonAsync($"last_sync_token_{Primary}");

        Google.Data.ExpireSyncTokens(Primary);
        Google.Data.UpdateEvent(Primary, review.Id, summary: "Design review, after the expiry");
        await NotifyAsync();

        Assert.Equal(counts, await Host.Plot.CountAsync()); // every event again, upserted by source
        var after = await ItemOfAsync(review);
        Assert.Equal("Design review, after the expiry", after.Title);
        Assert.True(after.Unread); // still an incremental sync: the user's choices stay
        Assert.True(after.Archived);
        var fresh = await Host.GetStoredJsonAsync($"last_sync_token_{Primary}");
        Assert.NotNull(fresh);
        Assert.NotEqual(expired, fresh);
        Assert.Null(await Host.GetStoredJsonAsync($"sync_state_{Primary}"));
    }

    [Fact]
    public async Task The_next_notification_after_the_fallback_is_incremental_again()
    {
        await SyncAsync();
        Google.Data.ExpireSyncTokens(Primary);
        await NotifyAsync();
        var executions = (await Host.GetExecutionsAsync()).Count;

        var offsite = Event("Team offsite");
        Google.Data.UpdateEvent(Primary, offsite.Id, summary: "Team offsite (Lisbon)");
        await NotifyAsync();

        Assert.Equal("Team offsite (Lisbon)", (await ItemOfAsync(offsite)).Title);
        var batch = Assert.Single((await Host.GetExecutionsAsync()).Skip(executions), e => e.CallbackKey == nameof(CalendarConnector.Callbacks.SyncBatch));
        Assert.True(batch.Requests < 10, $"the pass after the fallback made {batch.Requests} requests: it listed more than the change");
    }
}
