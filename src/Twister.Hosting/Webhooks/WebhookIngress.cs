using System.Text.Json;
using Microsoft.Extensions.Logging;
using Twister.Hosting.Callbacks;
using Twister.Hosting.Configuration;
using Twister.Hosting.Observability;
using Twister.Hosting.Storage;
using Twister.Hosting.Tasks;

namespace Twister.Hosting.Webhooks;

/// <summary>
/// Accepts a webhook delivery: checks size, well-formedness and token, then queues it as a task so it
/// runs asynchronously, at least once. Shared by the Kestrel endpoint and the test kit.
/// </summary>
internal sealed class WebhookIngress(TwisterDatabase database, TwisterOptions options, TimeProvider clock, TaskSignal signal, TwisterMetrics metrics, ILogger<WebhookIngress> logger)
{
    public int MaxBodyBytes => options.MaxWebhookBodyBytes;

    /// <summary>Validates and queues <paramref name="request"/> for <paramref name="token"/>.</summary>
    /// <returns>The outcome; its <see cref="WebhookDelivery.StatusCode"/> is what the endpoint answers.</returns>
    public async Task<WebhookDelivery> AcceptAsync(string token, WebhookRequest request, CancellationToken cancellationToken)
    {
        if (request.Body.Length > options.MaxWebhookBodyBytes)
            return Refuse(WebhookDelivery.TooLarge($"The body has {request.Body.Length} bytes; the limit is {options.MaxWebhookBodyBytes}."));
        if (DeclaresJson(request) && !IsWellFormedJson(request.Body))
            return Refuse(WebhookDelivery.Malformed("The body is declared as JSON but does not parse."));

        using var lease = await database.AcquireAsync(cancellationToken).ConfigureAwait(false);
        var callback = CallbackTokens.Find(database, token);
        if (callback is not { IsWebhook: true })
            return Refuse(WebhookDelivery.UnknownToken("No webhook has this token (it never existed or was deleted)."));
        var taskId = TaskStore.Enqueue(database, callback.Connector, callback.Key, callback.Arguments, WebhookRequestCodec.Encode(request), clock.GetUtcNow());
        signal.Notify();
        return WebhookDelivery.Accepted(taskId);
    }

    private WebhookDelivery Refuse(WebhookDelivery delivery)
    {
        HostLog.WebhookRefused(logger, delivery.StatusCode, delivery.Reason!);
        metrics.Failure("webhook", $"Http{delivery.StatusCode}");
        return delivery;
    }

    private static bool DeclaresJson(WebhookRequest request)
        => request.Headers.TryGetValue("Content-Type", out var type)
           && (type.StartsWith("application/json", StringComparison.OrdinalIgnoreCase) || type.Contains("+json", StringComparison.OrdinalIgnoreCase));

    private static bool IsWellFormedJson(ReadOnlyMemory<byte> body)
    {
        try
        {
            using var document = JsonDocument.Parse(body);
            return true;
        }
        catch (JsonException)
        {
            return false;
        }
    }
}
