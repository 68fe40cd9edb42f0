using System.Net;
using Twister.Hosting.Tasks;
using Twister.Samples.FakeGoogleCalendar.Data;
using Twister.Samples.GoogleCalendar.Tests.Infrastructure;
using Twister.Testing;

namespace Twister.Samples.GoogleCalendar.Tests.Watch;

/// <summary>Push channels: opened on enable, checked on every notification, renewed a day before they expire.</summary>
public sealed class PushChannelTests : CalendarTestBase
{
    [Fact]
    public async Task Enabling_opens_a_channel_to_the_webhook_with_a_secret_and_queues_its_renewal_a_day_ahead()
    {
        await SyncAsync();

        var channel = Assert.Single(Google.Data.Channels);
        var webhook = Assert.Single(await Host.GetWebhooksAsync());
        Assert.Equal(Primary, channel.CalendarId);
        Assert.Equal(webhook.Url, channel.Address);
        Assert.StartsWith(PublicWebhookAddress.AbsoluteUri, channel.Address, StringComparison.Ordinal);
        Assert.StartsWith("secret=", channel.Token, StringComparison.Ordinal);
        Assert.Equal(Google.Data.Now + FakeCalendarData.DefaultChannelLifetime, channel.Expiration);
        var renewal = Assert.Single(await PendingAsync());
        Assert.Equal(nameof(CalendarConnector.Callbacks.OpenWatch), renewal.CallbackKey);
        Assert.Equal(channel.Expiration - TimeSpan.FromDays(1), renewal.RunAt);
    }

    [Fact]
    public async Task The_renewal_opens_a_new_channel_stops_the_old_one_and_queues_the_next_renewal()
    {
        await SyncAsync();
        var old = Assert.Single(Google.Data.Channels);
        var oldUrl = Assert.Single(await Host.GetWebhooksAsync()).Url;

        var ran = await AdvanceAsync(TimeSpan.FromDays(6));

        Assert.Equal(nameof(CalendarConnector.Callbacks.OpenWatch), Assert.Single(ran).CallbackKey);
        var renewed = Assert.Single(Google.Data.Channels); // the old one was stopped, not left to expire
        Assert.NotEqual(old.Id, renewed.Id);
        Assert.Equal(Google.Data.Now + FakeCalendarData.DefaultChannelLifetime, renewed.Expiration);
        Assert.Equal(404, (await Host.Host.DeliverWebhookAsync(oldUrl, new WebhookRequest("POST", new Dictionary<string, string>(), ReadOnlyMemory<byte>.Empty))).StatusCode);
        Assert.Equal(renewed.Expiration - TimeSpan.FromDays(1), Assert.Single(await PendingAsync()).RunAt);

        var offsite = Event("Team offsite");
        Google.Data.UpdateEvent(Primary, offsite.Id, summary: "Offsite, renewed channel");
        await NotifyAsync();
        Assert.Equal("Offsite, renewed channel", (await ItemOfAsync(offsite)).Title);
    }

    [Fact]
    public async Task A_notification_finding_the_channel_about_to_expire_renews_it_at_once()
    {
        await SyncAsync();
        var old = Assert.Single(Google.Data.Channels);
        var googleAddress = Options.OriginMappings[Origin];
        Options.MaxTaskAttempts = 1;
        Options.OriginMappings[Origin] = new Uri("http://127.0.0.1:9/"); // Google unreachable when the renewal runs
        Google.Data.AdvanceClock(TimeSpan.FromDays(6));
        var failed = Assert.Single(await Host.AdvanceAsync(TimeSpan.FromDays(6)));
        Assert.Equal((nameof(CalendarConnector.Callbacks.OpenWatch), Twister.Hosting.Execution.ExecutionStatus.Failed), (failed.CallbackKey, failed.Status));
        Options.OriginMappings[Origin] = googleAddress;
        Google.Data.AdvanceClock(TimeSpan.FromHours(12));
        Host.Clock.Advance(TimeSpan.FromHours(12)); // half a day left, and no renewal queued

        var delivery = await DeliverAsync(Google.BuildNotification(old.Id));
        var ran = await Host.RunPendingTasksAsync();

        Assert.Equal(202, delivery.StatusCode);
        Assert.Equal([nameof(CalendarConnector.Callbacks.OnNotification), nameof(CalendarConnector.Callbacks.OpenWatch), nameof(CalendarConnector.Callbacks.SyncBatch)],
            ran.Select(r => r.CallbackKey).Order(StringComparer.Ordinal));
        Assert.NotEqual(old.Id, Assert.Single(Google.Data.Channels).Id);
        Assert.Equal(Assert.Single(Google.Data.Channels).Expiration - TimeSpan.FromDays(1), Assert.Single(await PendingAsync()).RunAt);
    }

    [Fact]
    public async Task The_channels_first_message_only_confirms_it()
    {
        await SyncAsync();
        var executions = (await Host.GetExecutionsAsync()).Count;

        await NotifyAsync(resourceState: "sync");

        Assert.Equal([nameof(CalendarConnector.Callbacks.OnNotification)], (await Host.GetExecutionsAsync()).Skip(executions).Select(e => e.CallbackKey));
    }

    [Theory]
    [InlineData("X-Goog-Channel-Token", "secret=guessed")]
    [InlineData("X-Goog-Channel-Token", null)]
    [InlineData("X-Goog-Channel-ID", "another-channel")]
    public async Task A_notification_without_the_channels_id_and_secret_is_ignored(string header, string? value)
    {
        await SyncAsync();
        var offsite = Event("Team offsite");
        Google.Data.UpdateEvent(Primary, offsite.Id, summary: "Forged");
        var genuine = Google.BuildNotification(Assert.Single(Google.Data.Channels).Id);
        var headers = new Dictionary<string, string>(genuine.Headers, StringComparer.OrdinalIgnoreCase);
        if (value is null) headers.Remove(header);
        else headers[header] = value;
        var executions = (await Host.GetExecutionsAsync()).Count;

        await Host.Host.DeliverWebhookAsync(genuine.Address.AbsoluteUri, new WebhookRequest("POST", headers, ReadOnlyMemory<byte>.Empty));
        await RunTasksAsync();

        Assert.Single((await Host.GetExecutionsAsync()).Skip(executions)); // the notification only: no pass
        Assert.Equal("Team offsite", (await ItemOfAsync(offsite)).Title);
    }

    [Fact]
    public async Task Disabling_stops_the_channel_deletes_its_webhook_and_cancels_its_renewal()
    {
        await SyncAsync();
        var url = Assert.Single(await Host.GetWebhooksAsync()).Url;

        await Host.Connector.DisableChannelAsync(Primary);

        Assert.Empty(Google.Data.Channels);
        Assert.Empty(await Host.GetWebhooksAsync());
        Assert.Empty(await PendingAsync());
        Assert.Equal((int)HttpStatusCode.NotFound, (await Host.Host.DeliverWebhookAsync(url, new WebhookRequest("POST", new Dictionary<string, string>(), ReadOnlyMemory<byte>.Empty))).StatusCode);
        Assert.Null(await Host.GetStoredJsonAsync($"watch_{Primary}"));
    }

    [Fact]
    public async Task A_channel_queued_before_the_calendar_was_disabled_is_never_opened()
    {
        await EnableAsync(); // the opening is queued, not run
        await Host.Connector.DisableChannelAsync(Primary);

        await RunTasksAsync();

        Assert.Empty(Google.Data.Channels);
        Assert.Empty(await Host.GetWebhooksAsync());
        await Host.AssertActivityCountAsync(0);
    }

    private const string Origin = "https://www.googleapis.com";

    private async Task<IReadOnlyList<QueuedTask>> PendingAsync()
        => [.. (await Host.GetTasksAsync()).Where(t => t.Status == QueuedTaskStatus.Pending)];
}
