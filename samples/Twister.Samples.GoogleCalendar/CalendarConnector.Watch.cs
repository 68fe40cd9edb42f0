using System.Security.Cryptography;
using System.Text;
using Twister.Samples.GoogleCalendar.Watch;

namespace Twister.Samples.GoogleCalendar;

/// <summary>
/// Push notifications: a channel per calendar (<c>events/watch</c>) whose notifications start incremental
/// passes. Google closes a channel at its expiration (a week by default), so the connector opens a new one a
/// day ahead of it, in a task queued for that time, and stops the old one.
/// </summary>
public sealed partial class CalendarConnector
{
    /// <summary>How long before a channel's expiration it is replaced (at most half its life).</summary>
    public static readonly TimeSpan RenewalLead = TimeSpan.FromHours(24);

    /// <summary>
    /// Opens the calendar's push channel, replacing the one it has: at enable, ahead of the channel's expiration,
    /// and when a notification finds it about to expire. Does nothing once the calendar is disabled, and registers
    /// nothing with Google for a local webhook URL, which Google could not reach (local development without a tunnel).
    /// </summary>
    /// <param name="calendarId">The calendar.</param>
    /// <param name="cancellationToken">Supplied by the runtime.</param>
    [Callback]
    private async Task OpenWatch(string calendarId, CancellationToken cancellationToken)
    {
        if (!await Store.GetAsync<bool>(EnabledKey(calendarId), cancellationToken)) return;
        await StopWatchAsync(calendarId, cancellationToken);
        var url = await Tools.Network.CreateWebhookAsync(Callbacks.OnNotification(calendarId), cancellationToken);
        if (!WebhookUrl.IsLocal(url))
        {
            var client = await GetClientAsync(calendarId, cancellationToken);
            var secret = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
            var channel = await client.WatchEventsAsync(calendarId, Guid.NewGuid().ToString(), url, TokenFor(secret), cancellationToken);
            var now = Tools.Clock.GetUtcNow();
            var expiration = long.TryParse(channel.Expiration, out var ms) ? DateTimeOffset.FromUnixTimeMilliseconds(ms) : now + TimeSpan.FromDays(7);
            var lead = TimeSpan.FromTicks(Math.Min(RenewalLead.Ticks, Math.Max(0, (expiration - now).Ticks / 2)));
            var renewalTaskId = await Tools.Tasks.RunTaskAsync(Callbacks.OpenWatch(calendarId), expiration - lead, cancellationToken);
            await Store.SetAsync(WatchKey(calendarId), new WatchState(channel.Id, channel.ResourceId, secret, expiration, url, renewalTaskId), cancellationToken);
        }
        else
        {
            await Tools.Network.DeleteWebhookAsync(url, cancellationToken);
        }
    }

    /// <summary>
    /// A push notification. Only one on the calendar's current channel, with its secret, is acted on: Google's
    /// first message (<c>sync</c>) only confirms the channel; any other means the calendar changed, so an
    /// incremental pass lists what did. Deliveries come at least once and in any order: a pass is idempotent.
    /// </summary>
    /// <param name="request">The notification (an empty POST with <c>X-Goog-*</c> headers).</param>
    /// <param name="calendarId">The calendar the channel watches.</param>
    /// <param name="cancellationToken">Supplied by the runtime.</param>
    [Callback]
    private async Task OnNotification(WebhookRequest request, string calendarId, CancellationToken cancellationToken)
    {
        var watch = await Store.GetAsync<WatchState>(WatchKey(calendarId), cancellationToken);
        if (watch is null || !IsFrom(request, watch)) return;
        if (Header(request, "X-Goog-Resource-State") == "sync") return;
        if (watch.Expiration - Tools.Clock.GetUtcNow() < RenewalLead)
        {
            // The scheduled renewal is late (the host was down, say): renew now, in a task of its own.
            await Tools.Tasks.CancelTaskAsync(watch.RenewalTaskId, cancellationToken);
            await Tools.Tasks.RunTaskAsync(Callbacks.OpenWatch(calendarId), cancellationToken);
        }
        await StartIncrementalPassAsync(calendarId, cancellationToken);
    }

    /// <summary>Stops the calendar's push channel (one Google already closed is fine), deletes its webhook and cancels its renewal.</summary>
    private async Task StopWatchAsync(string calendarId, CancellationToken cancellationToken)
    {
        if (await Store.GetAsync<WatchState>(WatchKey(calendarId), cancellationToken) is not { } watch) return;
        var client = await GetClientAsync(calendarId, cancellationToken);
        await client.StopChannelAsync(watch.ChannelId, watch.ResourceId, cancellationToken);
        await Tools.Network.DeleteWebhookAsync(watch.WebhookUrl, cancellationToken);
        await Tools.Tasks.CancelTaskAsync(watch.RenewalTaskId, cancellationToken);
        await Store.ClearAsync(WatchKey(calendarId), cancellationToken);
    }

    /// <summary>Whether a notification is Google's for <paramref name="watch"/>: its channel id, and the secret in its token.</summary>
    private static bool IsFrom(WebhookRequest request, WatchState watch)
        => Header(request, "X-Goog-Channel-ID") == watch.ChannelId
           && Header(request, "X-Goog-Channel-Token") is { } token
           && CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(token), Encoding.UTF8.GetBytes(TokenFor(watch.Secret)));

    /// <summary>The channel token carrying <paramref name="secret"/>, in the query-string form Plot's connector uses.</summary>
    private static string TokenFor(string secret) => "secret=" + secret;

    private static string? Header(WebhookRequest request, string name)
        => request.Headers.TryGetValue(name, out var value)
            ? value
            : request.Headers.FirstOrDefault(h => string.Equals(h.Key, name, StringComparison.OrdinalIgnoreCase)).Value;
}
