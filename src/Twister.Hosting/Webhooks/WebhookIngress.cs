using System.Text.Json;
using System.Text.Unicode;
using Microsoft.Extensions.Logging;
using Twister.Hosting.Connectors;
using Twister.Hosting.Execution;
using Twister.Runtime;
using Twister.Hosting.Observability;
using Twister.Hosting.Storage;
using Twister.Hosting.Tasks;
using Twister.Hosting.Tools;

namespace Twister.Hosting.Webhooks;

/// <summary>
/// Accepts a webhook delivery: checks size, well-formedness and token, then persists it as a task on the
/// token's channel, so it runs asynchronously, at least once, in order with that channel's other work.
/// It waits for no execution: the only storage work is one short insert. A delivery to a synchronous
/// webhook instead runs its callback at once (in the channel's turn) and answers what the callback set.
/// Shared by the Kestrel endpoint and the test kit.
/// </summary>
internal sealed class WebhookIngress(ExecutionEnvironment environment, ExecutionEngine engine, ConnectorRegistry connectors, TaskSignal signal, ILogger<WebhookIngress> logger)
{
    public int MaxBodyBytes => environment.Options.MaxWebhookBodyBytes;

    /// <summary>Validates and queues <paramref name="request"/> for <paramref name="token"/>.</summary>
    /// <returns>The outcome; its <see cref="WebhookDelivery.StatusCode"/> is what the endpoint answers.</returns>
    public async Task<WebhookDelivery> AcceptAsync(string token, WebhookRequest request, CancellationToken cancellationToken)
    {
        if (request.Body.Length > MaxBodyBytes)
            return Refuse(WebhookDelivery.TooLarge($"The body has {request.Body.Length} bytes; the limit is {MaxBodyBytes}."));
        if (DeclaresJson(request) && MalformedJson(request.Body) is { } problem)
            return Refuse(WebhookDelivery.Malformed($"The body is declared as JSON but {problem}."));

        var callback = await environment.Storage.Callbacks.FindAsync(token, cancellationToken).ConfigureAwait(false);
        if (callback is not { IsWebhook: true })
            return Refuse(WebhookDelivery.UnknownToken("No webhook has this token (it never existed or was deleted)."));
        if (callback.IsSynchronous) return await AnswerAsync(callback, request, cancellationToken).ConfigureAwait(false);
        var task = new NewTask(HostTasks.NewTaskId(), callback.Connector, callback.ChannelId, callback.Key, callback.Arguments,
            WebhookRequestCodec.Encode(request), environment.Clock.GetUtcNow());
        await environment.Storage.CommitAsync([new EnqueueTask(task)], environment.Clock.GetUtcNow(), cancellationToken).ConfigureAwait(false);
        signal.Notify(new ChannelKey(task.Connector, task.ChannelId));
        return WebhookDelivery.Accepted(task.Id);
    }

    /// <summary>Runs a synchronous webhook's callback now, in an execution on its channel, and answers what it set.</summary>
    private async Task<WebhookDelivery> AnswerAsync(StoredCallback callback, WebhookRequest request, CancellationToken cancellationToken)
    {
        if (connectors.Find(callback.Connector) is not { } connector || !connector.Descriptor.HasCallback(callback.Key))
            return Refuse(WebhookDelivery.UnknownToken($"The webhook's callback '{callback.Key}' of connector '{callback.Connector}' no longer exists."));
        var record = await engine.RunAsync(new ExecutionRequest(connector, ExecutionKind.Webhook, callback.Channel, callback.Key),
            (scope, ct) => connector.Descriptor.InvokeCallbackAsync(scope.Instance, new CallbackInvocation(callback.Key, callback.Arguments, request), ct),
            cancellationToken).ConfigureAwait(false);
        return record.Status == ExecutionStatus.Succeeded
            ? WebhookDelivery.Answered(request.Response)
            : Refuse(WebhookDelivery.CallbackFailed($"The webhook's callback failed: {record.Error}"));
    }

    private WebhookDelivery Refuse(WebhookDelivery delivery)
    {
        HostLog.WebhookRefused(logger, delivery.StatusCode, delivery.Reason!);
        environment.Metrics.Failure("webhook", $"Http{delivery.StatusCode}");
        return delivery;
    }

    private static bool DeclaresJson(WebhookRequest request)
        => request.Headers.TryGetValue("Content-Type", out var type)
           && (type.StartsWith("application/json", StringComparison.OrdinalIgnoreCase) || type.Contains("+json", StringComparison.OrdinalIgnoreCase));

    /// <summary>What is wrong with a body declared as JSON, or <see langword="null"/>. JSON is UTF-8 (RFC 8259), inside strings too.</summary>
    private static string? MalformedJson(ReadOnlyMemory<byte> body)
    {
        if (!Utf8.IsValid(body.Span)) return "is not valid UTF-8";
        try
        {
            using var document = JsonDocument.Parse(body);
            return null;
        }
        catch (JsonException)
        {
            return "does not parse";
        }
    }
}
