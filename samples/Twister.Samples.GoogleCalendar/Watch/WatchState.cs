namespace Twister.Samples.GoogleCalendar.Watch;

/// <summary>A calendar's open push-notification channel, kept in the Store to check notifications, renew and stop it.</summary>
/// <param name="ChannelId">The channel id the connector chose; notifications carry it in <c>X-Goog-Channel-ID</c>.</param>
/// <param name="ResourceId">Google's id of the watched events, needed to stop the channel.</param>
/// <param name="Secret">The secret sent as the channel's token; a notification without it is not Google's.</param>
/// <param name="Expiration">When Google stops the channel.</param>
/// <param name="WebhookUrl">The webhook URL Google posts to, deleted with the channel.</param>
/// <param name="RenewalTaskId">The queued task that renews the channel ahead of <paramref name="Expiration"/>.</param>
public sealed record WatchState(string ChannelId, string ResourceId, string Secret, DateTimeOffset Expiration, string WebhookUrl, string RenewalTaskId);
