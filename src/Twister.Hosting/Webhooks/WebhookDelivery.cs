namespace Twister.Hosting.Webhooks;

/// <summary>The outcome of a webhook delivery, as the endpoint answers it.</summary>
/// <param name="StatusCode">202 accepted (queued), 200 (or the callback's status) answered by a synchronous webhook, 400 malformed, 404 unknown token, 413 too large, 500 a synchronous webhook's callback failed.</param>
/// <param name="TaskId">The queued task, when accepted.</param>
/// <param name="Reason">Why it was refused.</param>
public sealed record WebhookDelivery(int StatusCode, string? TaskId, string? Reason)
{
    /// <summary>Whether the delivery was queued.</summary>
    public bool IsAccepted => StatusCode == 202;

    /// <summary>What a synchronous webhook's callback answered, if anything.</summary>
    public WebhookResponse? Response { get; init; }

    internal static WebhookDelivery Answered(WebhookResponse? response) => new(response?.StatusCode ?? 200, null, null) { Response = response };

    internal static WebhookDelivery CallbackFailed(string reason) => new(500, null, reason);

    internal static WebhookDelivery Accepted(string taskId) => new(202, taskId, null);

    internal static WebhookDelivery Malformed(string reason) => new(400, null, reason);

    internal static WebhookDelivery UnknownToken(string reason) => new(404, null, reason);

    internal static WebhookDelivery TooLarge(string reason) => new(413, null, reason);
}
