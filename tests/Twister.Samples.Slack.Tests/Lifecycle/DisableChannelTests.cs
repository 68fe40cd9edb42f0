using System.Net;
using Twister.Samples.Slack.Tests.Infrastructure;
using Twister.Testing;

namespace Twister.Samples.Slack.Tests.Lifecycle;

public sealed class DisableChannelTests : SlackTestBase
{
    [Fact]
    public async Task Disabling_a_channel_revokes_its_events_url_clears_its_state_and_archives_its_items()
    {
        await SyncAsync(General, Engineering);
        var note = await Host.Plot.AddNoteAsync((await ItemOfAsync(General, Question)).Id, "Looking");
        var message = Slack.Data.PostMessage(General.Id, Slack.Data.Users[1].Id, "One more thing");
        await DeliverAsync(General, Slack.BuildMessageEvent(General.Id, message.Ts));
        var url = await EventsUrlAsync(General);
        string[] keys = [$"events_url_{General.Id}", $"seen_events_{General.Id}", $"sent_{General.Id}_{note.Key}"];
        foreach (var key in keys) Assert.NotNull(await Host.GetStoredJsonAsync(key));

        await Host.Connector.DisableChannelAsync(General.Id);
        var delivery = await DeliverAsync(Engineering, Slack.BuildUrlVerification());
        var refused = await Host.Host.DeliverWebhookAsync(url, new WebhookRequest("POST", new Dictionary<string, string>(), "{}"u8.ToArray()));

        Assert.Equal(HttpStatusCode.NotFound, (HttpStatusCode)refused.StatusCode);
        Assert.Equal(200, delivery.StatusCode); // the other channel's URL still answers
        foreach (var key in keys) Assert.Null(await Host.GetStoredJsonAsync(key));
        var items = await Host.Plot.GetActivitiesAsync();
        Assert.All(items.Where(i => i.Meta.ChannelId == General.Id), i => Assert.True(i.Archived));
        Assert.All(items.Where(i => i.Meta.ChannelId == Engineering.Id), i => Assert.False(i.Archived));
    }

    [Fact]
    public async Task A_thread_refresh_queued_before_the_channel_was_disabled_does_nothing()
    {
        await SyncAsync();
        var message = Slack.Data.PostMessage(General.Id, Slack.Data.Users[1].Id, "One more thing");
        await DeliverAsync(General, Slack.BuildMessageEvent(General.Id, message.Ts));

        await Host.Connector.DisableChannelAsync(General.Id);
        await Host.RunUntilIdleAsync();

        Assert.Null(await Host.Plot.FindActivityAsync(SourceOf(General, message)));
        await Host.AssertNoFailedExecutionsAsync();
    }
}
