using System.Text;
using Twister.Hosting.Plot;
using Twister.Hosting.Webhooks;
using Twister.Samples.FakeSlack;
using Twister.Samples.FakeSlack.Data;
using Twister.Samples.FakeSlack.Model;
using Twister.Samples.Slack.Sync;
using Twister.Testing;

namespace Twister.Samples.Slack.Tests.Infrastructure;

/// <summary>
/// The fake Slack workspace on loopback (<c>#general</c> with every mrkdwn form, a thread, a bot message and a
/// join; <c>#engineering</c> with <see cref="EngineeringMessages"/> messages: three pages) and a test host running
/// <see cref="SlackConnector"/> against it, both fresh for every test.
/// </summary>
public abstract class SlackTestBase : IAsyncLifetime
{
    /// <summary>More than two pages of <see cref="SlackConnector.PageSize"/>, so a sync takes three batches.</summary>
    protected const int EngineeringMessages = 45;

    /// <summary>A budget well under the default, so a batch that grows expensive fails the tests.</summary>
    protected const int RequestBudget = 150;

    /// <summary>The items of the seeded <c>#general</c>: five people's top-level messages (the join and the bot's message are not synced).</summary>
    protected const int GeneralItems = 5;

    /// <summary>Their notes: the five messages and the thread's two replies.</summary>
    protected const int GeneralNotes = 7;

    protected FakeSlackService Slack { get; } = new(FakeSlackData.Seed(fillerMessages: EngineeringMessages));

    protected TwisterTestHost Host { get; private set; } = null!;

    protected SlackConversation General => Slack.Data.Channel("general");

    protected SlackConversation Engineering => Slack.Data.Channel("engineering");

    /// <summary>The seeded thread: Katherine's question, with Ada's and Grace's replies.</summary>
    protected SlackMessage Question => Slack.Data.GetMessages(General.Id).Single(m => m.Text.StartsWith("Who can review", StringComparison.Ordinal));

    public virtual async Task InitializeAsync()
    {
        await Slack.StartAsync();
        Host = TwisterTestHost.Create<SlackConnector>(
            o =>
            {
                o.MapOrigin("https://slack.com", Slack.BaseAddress);
                o.RequestBudget = RequestBudget;
                // The connector answers Slack's rate limits itself (waits briefly, else reschedules the page, as
                // Plot's Slack connector does); these tests pin that policy, so the host's own handling of 429
                // (retries, Retry-After waited in place or rescheduled) lets every limited answer through.
                o.Http.MaxRetryAttempts = 0;
                o.Http.MaxRetryAfter = TimeSpan.FromMinutes(1);
            },
            developmentToken: Slack.Token);
    }

    public async Task DisposeAsync()
    {
        await Host.DisposeAsync();
        await Slack.DisposeAsync();
    }

    /// <summary>Installs the connector with the app's signing secret and the fake's token, and enables <paramref name="channels"/> (<c>#general</c> when none).</summary>
    protected async Task InstallAsync(params SlackConversation[] channels)
    {
        await Host.Connector.InstallAsync();
        await Host.Connector.SetOptionsAsync(new Dictionary<string, string?> { [SlackOptions.SigningSecretKey] = FakeSlackService.SigningSecret });
        foreach (var channel in channels.Length == 0 ? [General] : channels) await Host.Connector.EnableChannelAsync(channel.Id);
    }

    /// <summary>Installs, enables <paramref name="channels"/> (<c>#general</c> when none) and runs their initial sync to the end.</summary>
    protected async Task SyncAsync(params SlackConversation[] channels)
    {
        await InstallAsync(channels);
        await Host.RunUntilIdleAsync();
        await Host.AssertNoFailedExecutionsAsync();
    }

    protected static string SourceOf(SlackConversation channel, SlackMessage parent) => ThreadItem.SourceOf(channel.Id, parent.Ts);

    protected Task<PlotActivity> ItemOfAsync(SlackConversation channel, SlackMessage parent) => Host.AssertActivityAsync(SourceOf(channel, parent));

    protected async Task<IReadOnlyList<PlotNote>> NotesOfAsync(SlackConversation channel, SlackMessage parent)
        => await Host.Plot.GetNotesAsync((await ItemOfAsync(channel, parent)).Id);

    /// <summary>The channel's Events URL: the connector creates exactly one per enabled channel.</summary>
    protected async Task<string> EventsUrlAsync(SlackConversation channel)
        => Assert.Single(await Host.GetWebhooksAsync(), w => w.ChannelId == channel.Id).Url;

    /// <summary>
    /// Posts an Events API request to the channel's URL as Slack sends it, with its signature headers. The
    /// host's virtual clock is first moved up to the request's timestamp, as a real clock would be.
    /// </summary>
    protected async Task<WebhookDelivery> DeliverAsync(SlackConversation channel, SlackEventDelivery delivery)
    {
        var sent = DateTimeOffset.FromUnixTimeSeconds(long.Parse(delivery.Headers["X-Slack-Request-Timestamp"], System.Globalization.CultureInfo.InvariantCulture));
        if (sent > Host.Clock.GetUtcNow()) Host.Clock.SetUtcNow(sent);
        var headers = new Dictionary<string, string>(delivery.Headers, StringComparer.OrdinalIgnoreCase) { ["Content-Type"] = "application/json" };
        return await Host.Host.DeliverWebhookAsync(await EventsUrlAsync(channel), new WebhookRequest("POST", headers, Encoding.UTF8.GetBytes(delivery.Body)));
    }
}
