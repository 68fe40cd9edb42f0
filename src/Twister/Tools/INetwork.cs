namespace Twister.Tools;

/// <summary>The Network tool: outbound HTTP limited to the declared allowlist, and webhooks.</summary>
public interface INetwork
{
    /// <summary>
    /// An <see cref="HttpClient"/> whose requests are checked against the connector's
    /// <see cref="NetworkAccessAttribute">allowlist</see> and counted against the execution's request budget.
    /// </summary>
    HttpClient Http { get; }

    /// <summary>
    /// Creates a webhook URL (containing an unguessable token) whose deliveries invoke
    /// <paramref name="callback"/> with the request. In local development the URL is on localhost:
    /// check <see cref="WebhookUrl.IsLocal"/> and skip registering it with the external service.
    /// </summary>
    /// <param name="callback">The callback to invoke per delivery.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The webhook URL.</returns>
    ValueTask<string> CreateWebhookAsync(Callback<WebhookRequest> callback, CancellationToken cancellationToken = default);

    /// <summary>
    /// Creates a webhook URL with <paramref name="options"/>, for example a synchronous webhook whose
    /// callback answers the sender (see <see cref="WebhookOptions.Synchronous"/>).
    /// </summary>
    /// <param name="callback">The callback to invoke per delivery.</param>
    /// <param name="options">How the webhook behaves.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The webhook URL.</returns>
    ValueTask<string> CreateWebhookAsync(Callback<WebhookRequest> callback, WebhookOptions options, CancellationToken cancellationToken = default);

    /// <summary>Deletes a webhook URL; later deliveries to it are rejected.</summary>
    /// <param name="url">A URL returned by <c>CreateWebhookAsync</c>.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    ValueTask DeleteWebhookAsync(string url, CancellationToken cancellationToken = default);
}
