namespace Twister.Hosting.Webhooks;

/// <summary>The outcome of a webhook delivery, as the endpoint answers it.</summary>
/// <param name="StatusCode">202 accepted, 400 malformed, 404 unknown token, 413 too large.</param>
/// <param name="TaskId">The queued task, when accepted.</param>
/// <param name="Reason">Why it was refused.</param>
public sealed record WebhookDelivery(int StatusCode, string? TaskId, string? Reason)
{
    /// <summary>Whether the delivery was queued.</summary>
    public bool IsAccepted => StatusCode == 202;

    internal static WebhookDelivery Accepted(string taskId) => new(202, taskId, null);

    internal static WebhookDelivery Malformed(string reason) => new(400, null, reason);

    internal static WebhookDelivery UnknownToken(string reason) => new(404, null, reason);

    internal static WebhookDelivery TooLarge(string reason) => new(413, null, reason);
}
