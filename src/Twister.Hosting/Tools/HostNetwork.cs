using Twister.Hosting.Callbacks;
using Twister.Hosting.Execution;
using Twister.Hosting.Network;
using Twister.Hosting.Storage;
using Twister.Hosting.Webhooks;
using Twister.Tools;

namespace Twister.Hosting.Tools;

/// <summary>The Network tool: the allowlisted <see cref="HttpClient"/> and webhook URLs.</summary>
internal sealed class HostNetwork(ExecutionScope scope, HttpMessageHandler handler) : INetwork, IDisposable
{
    public HttpClient Http { get; } = new(handler, disposeHandler: false);

    public ValueTask<string> CreateWebhookAsync(Callback<WebhookRequest> callback, CancellationToken cancellationToken = default)
        => CreateWebhookAsync(callback, new WebhookOptions(), cancellationToken);

    public ValueTask<string> CreateWebhookAsync(Callback<WebhookRequest> callback, WebhookOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(callback);
        ArgumentNullException.ThrowIfNull(options);
        scope.Spend("network.createWebhook");
        var token = CallbackTokens.Create(scope, callback.Key, callback.Arguments, isWebhook: true, options.Synchronous);
        return ValueTask.FromResult(scope.Environment.WebhookAddress.UrlFor(token));
    }

    public ValueTask DeleteWebhookAsync(string url, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(url);
        scope.Spend("network.deleteWebhook");
        if (WebhookAddress.TokenOf(url) is { } token) scope.Work.Add(new DeleteCallback(token, IsWebhook: true));
        return ValueTask.CompletedTask;
    }

    /// <summary>
    /// Disposes the client only: disposing its handlers would dispose the shared socket handler behind them,
    /// which pools connections for every execution.
    /// </summary>
    public void Dispose() => Http.Dispose();
}
