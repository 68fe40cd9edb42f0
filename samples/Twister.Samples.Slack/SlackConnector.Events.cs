using System.Text.Json;
using Twister.Samples.Slack.Events;

namespace Twister.Samples.Slack;

/// <summary>
/// The Events API. One synchronous webhook per channel: it checks Slack's signature, answers the URL
/// verification challenge in its response, and hands each new event to a task (<c>RefreshThread</c>), so the
/// answer stays fast. A retried delivery of an event already handled changes nothing, and the echo of a message
/// the connector posted itself is dropped (the loop guard).
/// </summary>
public sealed partial class SlackConnector
{
    /// <summary>Answers one Events API request while Slack waits (at least once, possibly out of order or retried).</summary>
    /// <param name="request">The request, supplied at invocation.</param>
    /// <param name="channelId">The conversation the webhook was created for.</param>
    /// <param name="cancellationToken">Supplied by the runtime.</param>
    [Callback]
    private async Task OnSlackRequest(WebhookRequest request, string channelId, CancellationToken cancellationToken)
    {
        if (SlackSignature.Problem(request, Options.SigningSecret, Tools.Clock.GetUtcNow()) is { } problem)
        {
            request.Respond(WebhookResponse.Text($"Not a signed Slack request: {problem}.", 401));
            return;
        }
        SlackEnvelope? envelope;
        try
        {
            envelope = request.ReadJson(SlackEventsJsonContext.Default.SlackEnvelope);
        }
        catch (JsonException e)
        {
            request.Respond(WebhookResponse.Text($"The body is not an Events API request: {e.Message}", 400));
            return;
        }
        switch (envelope)
        {
            case { Type: "url_verification", Challenge: { } challenge }:
                request.Respond(WebhookResponse.Text(challenge));
                break;
            case { Type: "event_callback", EventId: { } eventId, Event: { } slackEvent }:
                if (await RememberAsync(channelId, eventId, cancellationToken)) await RouteAsync(channelId, slackEvent, cancellationToken);
                break;
            default:
                request.Respond(WebhookResponse.Text("Neither a url_verification nor an event_callback with an event_id.", 400));
                break;
        }
    }

    /// <summary>Records <paramref name="eventId"/> as handled; <see langword="false"/> when it already was (a retried delivery).</summary>
    private async Task<bool> RememberAsync(string channelId, string eventId, CancellationToken cancellationToken)
    {
        var seen = await Store.GetAsync<SeenEvents>(SeenEventsKey(channelId), cancellationToken) ?? SeenEvents.None;
        if (seen.Contains(eventId)) return false;
        await Store.SetAsync(SeenEventsKey(channelId), seen.Add(eventId, Tools.Clock.GetUtcNow()), cancellationToken);
        return true;
    }

    /// <summary>Queues the refresh of the thread an event changed; events that change no synced message are dropped.</summary>
    private async Task RouteAsync(string channelId, SlackEvent slackEvent, CancellationToken cancellationToken)
    {
        // Slack sends every conversation's events to the app's URL; each channel's webhook takes its own.
        if (slackEvent is not { Type: "message" } || slackEvent.Channel != channelId) return;
        var (ts, threadTs) = slackEvent switch
        {
            { Subtype: null, BotId: null, User: not null, Ts: { } posted } => (posted, slackEvent.ThreadTs),
            { Subtype: "message_changed", Message: { BotId: null, User: not null } edited } => (edited.Ts, edited.ThreadTs),
            // A bot's message, a join or leave, a deletion (Plot keeps the note): nothing to sync.
            _ => default,
        };
        if (ts is null) return;
        if (await IsEchoAsync(channelId, ts, cancellationToken)) return;
        await Tools.Tasks.RunTaskAsync(Callbacks.RefreshThread(channelId, threadTs ?? ts), cancellationToken);
    }

    private static string SeenEventsKey(string channelId) => $"seen_events_{channelId}";
}
