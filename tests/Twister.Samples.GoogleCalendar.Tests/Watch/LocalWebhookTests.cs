using Twister.Samples.GoogleCalendar.Tests.Infrastructure;
using Twister.Testing;

namespace Twister.Samples.GoogleCalendar.Tests.Watch;

/// <summary>Local development without a tunnel: Google could not reach a localhost URL, so no channel is opened.</summary>
public sealed class LocalWebhookTests : CalendarTestBase
{
    protected override bool PublicWebhooks => false;

    [Fact]
    public async Task A_local_webhook_url_is_never_registered_and_the_calendar_still_syncs()
    {
        await SyncAsync();

        Assert.Empty(Google.Data.Channels);
        Assert.Empty(await Host.GetWebhooksAsync()); // the local URL was deleted again, not left behind
        Assert.DoesNotContain(await Host.GetTasksAsync(), t => t.Status == Twister.Hosting.Tasks.QueuedTaskStatus.Pending);
        await Host.AssertActivityCountAsync(8);
    }
}
