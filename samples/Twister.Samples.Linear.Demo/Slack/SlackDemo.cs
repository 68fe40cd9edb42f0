using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Twister.Hosting.Configuration;
using Twister.Hosting.Plot;
using Twister.Samples.FakeSlack;
using Twister.Samples.FakeSlack.Data;
using Twister.Samples.FakeSlack.Model;
using Twister.Samples.Slack;
using Twister.Samples.Slack.Sync;

namespace Twister.Samples.Linear.Demo.Slack;

/// <summary>
/// The Slack connector against the fake Slack workspace: three channels (every mrkdwn form and a thread in
/// <c>#general</c>, <see cref="EngineeringMessages"/> messages in <c>#engineering</c>), one history call answered
/// 429 during the initial sync. Then the Events API: the URL-verification challenge answered in the response, a
/// reply delivered as an event, the same delivery retried (nothing changes), a Plot reply posted into the thread
/// and its echo dropped by the loop guard.
/// </summary>
public sealed class SlackDemo : IConnectorDemo
{
    /// <summary>The connector's name.</summary>
    public const string ConnectorName = "slack";

    /// <summary>What the demo shows, for <c>--help</c>.</summary>
    public const string Summary = "3 channels, threads as items, mrkdwn as markdown; a 429 Retry-After honoured, the Events API challenge answered synchronously, "
                                  + "an event delivery and its retry (no change), a thread reply written back with the loop guard dropping its echo.";

    /// <summary>Messages in <c>#engineering</c>: five pages of <see cref="SlackConnector.PageSize"/>.</summary>
    public const int EngineeringMessages = 100;

    /// <summary>
    /// How long Slack asks to wait when it limits a history call: longer than the host waits within an execution
    /// (<c>Twister:Http:MaxRetryAfter</c>, 30 s), so the host ends the execution and reschedules its task for then.
    /// </summary>
    public static readonly TimeSpan RetryAfter = TimeSpan.FromSeconds(60);

    /// <summary>The challenge Slack sends when the app's Events URL is set.</summary>
    public const string Challenge = "twister-demo-challenge";

    /// <summary>The reply a workspace member posts in the seeded thread, delivered as an event.</summary>
    public const string MemberReply = "Merged, thanks <@{0}>! Notes in <https://example.com/changelog|the changelog>.";

    /// <summary>The reply a Plot user writes on the thread's item, posted back into the thread.</summary>
    public const string PlotReply = "Thanks, **shipping** it today: see [the release](https://example.com/releases/1.3).";

    private readonly FakeSlackService _slack = new(FakeSlackData.Seed(fillerMessages: EngineeringMessages));

    /// <inheritdoc/>
    public string Name => ConnectorName;

    /// <inheritdoc/>
    public string BatchCallbackKey => nameof(SlackConnector.Callbacks.SyncBatch);

    /// <inheritdoc/>
    public int ExpectedItems => Synced().Sum(c => _slack.Data.GetMessages(c.Id).Count(IsThreadParent));

    /// <inheritdoc/>
    /// <remarks>The workspace's time: the connector refuses a signed request more than five minutes from the host's clock.</remarks>
    public DateTimeOffset ClockStart => SentAt(_slack.BuildUrlVerification());

    /// <inheritdoc/>
    /// <remarks>Arms the rate limit: the second <c>conversations.history</c> call is answered 429 with <see cref="RetryAfter"/>.</remarks>
    public async Task<string> StartServiceAsync(CancellationToken cancellationToken)
    {
        await _slack.StartAsync(cancellationToken);
        _slack.Data.LimitRate("conversations.history", onCall: 2, retryAfterSeconds: (int)RetryAfter.TotalSeconds);
        return $"Fake Slack workspace on {_slack.BaseAddress} ({Synced().Count} conversations the user is in, {ExpectedItems} threads; the 2nd history call will get 429 Retry-After: {RetryAfter.TotalSeconds:0})";
    }

    /// <inheritdoc/>
    public void Configure(TwisterOptions options) => options.MapOrigin("https://slack.com", _slack.BaseAddress);

    /// <inheritdoc/>
    public void AddConnector(TwisterBuilder twister) => twister.AddConnector<SlackConnector>(c =>
    {
        c.DevelopmentToken = _slack.Token;
        c.OptionValues[SlackOptions.SigningSecretKey] = FakeSlackService.SigningSecret;
    });

    /// <inheritdoc/>
    /// <remarks>
    /// The Events URL is the loopback one: in Slack's place the demo posts each signed request over the socket.
    /// Each run starts the workspace from the same seed and posts the same messages, so they get the same ts and
    /// the notes keyed by ts are replaced, not added, by a second run.
    /// </remarks>
    public async Task ShowChangesAsync(DemoRun run, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(run);
        int caughtUp;
        long upserted;
        using (var upserts = new ActivityUpsertCounter())
        {
            caughtUp = await run.AdvanceAsync(RetryAfter, cancellationToken);
            upserted = upserts.Count;
        }
        var (items, _) = await run.Host.Plot.CountAsync(cancellationToken);
        run.Reporter.Step($"A history page got 429 Retry-After: {RetryAfter.TotalSeconds:0} during the initial sync; the host rescheduled its batch for then, with nothing half-written. "
                          + $"The clock moved {RetryAfter.TotalSeconds:0} s: {caughtUp} more batches synced {upserted} threads; Plot holds {items} items, one per thread ({ExpectedItems} in Slack)");

        var general = _slack.Data.Channel("general");
        var verification = _slack.BuildUrlVerification(Challenge);
        var (status, body) = await PostAsync(run, general.Id, verification, cancellationToken);
        if (status != 200 || body != Challenge) throw new InvalidOperationException($"The URL verification was answered {status} \"{body}\".");
        run.Reporter.Step($"Slack's url_verification to #general's Events URL was answered while Slack waited: {status} \"{body}\", no task queued ({await run.RunDueTasksAsync(cancellationToken: cancellationToken)} ran)");

        var question = _slack.Data.GetMessages(general.Id).Single(m => m.Text.StartsWith("Who can review", StringComparison.Ordinal));
        var member = _slack.Data.Users.Single(u => u.Name == "alan");
        var reply = _slack.Data.PostMessage(general.Id, member.Id, string.Format(CultureInfo.InvariantCulture, MemberReply, _slack.Data.CurrentUser.Id), question.Ts);
        var delivery = FreshEventId(_slack.BuildMessageEvent(general.Id, reply.Ts));
        await PostAsync(run, general.Id, delivery, cancellationToken);
        var refreshed = await run.RunDueTasksAsync(cancellationToken: cancellationToken);
        var item = await ItemAsync(run, general.Id, question, cancellationToken);
        var replyNote = (await run.Host.Plot.GetNotesAsync(item.Id, cancellationToken)).SingleOrDefault(n => n.Key == reply.Ts)
                        ?? throw new InvalidOperationException("The delivered reply did not reach Plot.");
        run.Reporter.Step($"{member.RealName} replied in the thread \"{item.Title}\"; the event queued {refreshed} thread refresh, and the reply is a note in markdown: \"{replyNote.Content}\"");

        var counts = await run.Host.Plot.CountAsync(cancellationToken);
        var (retryStatus, _) = await PostAsync(run, general.Id, delivery.Retry(1), cancellationToken);
        var ranForRetry = await run.RunDueTasksAsync(cancellationToken: cancellationToken);
        if (ranForRetry != 0 || await run.Host.Plot.CountAsync(cancellationToken) != counts) throw new InvalidOperationException("The retried delivery changed something.");
        run.Reporter.Step($"Slack retried the same delivery (X-Slack-Retry-Num: 1, same event_id): answered {retryStatus}, no task, still {counts.Activities} items and {counts.Notes} notes");

        var note = await run.Host.Plot.AddNoteAsync(item.Id, PlotReply, cancellationToken: cancellationToken);
        var posted = _slack.Data.GetReplies(general.Id, question.Ts)[^1];
        if (posted.Ts != note.Key) throw new InvalidOperationException("The Plot reply was not posted into its thread.");
        run.Reporter.Step($"Replied in Plot; the reply went into the Slack thread as mrkdwn \"{posted.Text}\" (ts {posted.Ts}, the note's key)");

        counts = await run.Host.Plot.CountAsync(cancellationToken);
        await PostAsync(run, general.Id, FreshEventId(_slack.BuildMessageEvent(general.Id, posted.Ts)), cancellationToken);
        var ranForEcho = await run.RunDueTasksAsync(cancellationToken: cancellationToken);
        if (ranForEcho != 0 || await run.Host.Plot.CountAsync(cancellationToken) != counts) throw new InvalidOperationException("The echo of the posted reply came back.");
        run.Reporter.Step($"Slack delivered the posted reply back as an event; the loop guard dropped it: no task, still {counts.Notes} notes");
    }

    /// <inheritdoc/>
    public ValueTask DisposeAsync() => _slack.DisposeAsync();

    // The conversations the connector lists as channels (and the demo enables): public and private channels the
    // user is in, not archived (DMs and group DMs are not listed).
    private List<SlackConversation> Synced()
        => [.. _slack.Data.Conversations.Where(c => c is { IsMember: true, IsArchived: false, Kind: ConversationKind.PublicChannel or ConversationKind.PrivateChannel })];

    // A thread's first message from a person: the connector's items (a join or a bot's message is none).
    private static bool IsThreadParent(SlackMessage m) => m is { Subtype: null, BotId: null, UserId: not null } && (m.ThreadTs is null || m.ThreadTs == m.Ts);

    // Posts a signed request as Slack does, the host's clock first moved up to its timestamp, as a real clock would be.
    private static Task<(int StatusCode, string Body)> PostAsync(DemoRun run, string channelId, SlackEventDelivery delivery, CancellationToken cancellationToken)
    {
        var ahead = SentAt(delivery) - run.Clock.GetUtcNow();
        if (ahead > TimeSpan.Zero) run.Clock.Advance(ahead);
        return run.PostWebhookAsync(channelId, delivery.ToRequest, cancellationToken);
    }

    // Slack never sends one event id twice but for a retry. The fake starts from its seed every run and so hands
    // out the ids of the previous run, which the connector remembers (seen_events_ in the store): each event gets
    // an id of its own, re-signed, as Slack would give it.
    private static SlackEventDelivery FreshEventId(SlackEventDelivery delivery)
    {
        var body = JsonNode.Parse(delivery.Body)!.AsObject();
        body["event_id"] = "Ev" + Guid.NewGuid().ToString("N")[..10].ToUpperInvariant();
        return SlackEventDelivery.Signed(body.ToJsonString(), SentAt(delivery).ToUnixTimeSeconds(), FakeSlackService.SigningSecret);
    }

    private static DateTimeOffset SentAt(SlackEventDelivery delivery)
        => DateTimeOffset.FromUnixTimeSeconds(long.Parse(delivery.Headers["X-Slack-Request-Timestamp"], CultureInfo.InvariantCulture));

    private static async Task<PlotActivity> ItemAsync(DemoRun run, string channelId, SlackMessage parent, CancellationToken cancellationToken)
        => await run.Host.Plot.FindActivityAsync(ThreadItem.SourceOf(channelId, parent.Ts), cancellationToken)
           ?? throw new InvalidOperationException($"The thread {parent.Ts} did not reach Plot.");
}
