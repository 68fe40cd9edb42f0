using Twister.Hosting.Configuration;

namespace Twister.Hosting.Network;

/// <summary>
/// The one handler behind every execution's <c>INetwork.Http</c>, under the allowlist handler: a socket
/// handler, shared so connections are pooled across executions, or, for an origin mapped to an in-process
/// handler (<see cref="TwisterOptions.MapOrigin(string, HttpMessageHandler)"/>), that handler, with no
/// socket. Neither follows redirects: the allowlist handler above does, checking every hop.
/// </summary>
internal sealed class OutboundHttp : IDisposable
{
    private readonly SocketsHttpHandler _sockets = new() { PooledConnectionLifetime = TimeSpan.FromMinutes(5), AllowAutoRedirect = false };

    public OutboundHttp(TwisterOptions options) => Handler = new OriginRouter(options, new HttpMessageInvoker(_sockets, disposeHandler: false));

    public HttpMessageHandler Handler { get; }

    public void Dispose() => _sockets.Dispose();

    /// <summary>Sends a request to its origin's in-process handler when one is mapped, else through the socket handler.</summary>
    private sealed class OriginRouter(TwisterOptions options, HttpMessageInvoker sockets) : HttpMessageHandler
    {
        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            // Read at each request, as the address mappings are: a test may change them between executions.
            if (request.RequestUri is { IsAbsoluteUri: true } url
                && options.OriginHandlers.TryGetValue(url.GetLeftPart(UriPartial.Authority), out var handler))
            {
                using var inProcess = new HttpMessageInvoker(handler, disposeHandler: false);
                return await inProcess.SendAsync(request, cancellationToken).ConfigureAwait(false);
            }
            return await sockets.SendAsync(request, cancellationToken).ConfigureAwait(false);
        }
    }
}
