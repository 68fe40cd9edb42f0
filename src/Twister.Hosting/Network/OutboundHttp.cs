namespace Twister.Hosting.Network;

/// <summary>
/// The one socket handler behind every execution's <c>INetwork.Http</c>, so connections are pooled across
/// executions. It never follows redirects: the allowlist handler above it does, checking every hop.
/// </summary>
internal sealed class OutboundHttp : IDisposable
{
    public HttpMessageHandler Handler { get; } = new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5), AllowAutoRedirect = false };

    public void Dispose() => Handler.Dispose();
}
