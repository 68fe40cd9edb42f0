namespace Twister.Tools;

/// <summary>How a webhook created with <see cref="INetwork.CreateWebhookAsync(Callback{WebhookRequest}, WebhookOptions, CancellationToken)"/> behaves.</summary>
public sealed record WebhookOptions
{
    /// <summary>
    /// Runs the callback while the sender waits, and answers with what it sets through
    /// <see cref="WebhookRequest.Respond"/> (200 without a body when it sets nothing): for verification
    /// challenges and senders that read the answer. Keep such callbacks short. By default a delivery is
    /// persisted, answered 202 at once and run later, at least once.
    /// </summary>
    public bool Synchronous { get; init; }
}
