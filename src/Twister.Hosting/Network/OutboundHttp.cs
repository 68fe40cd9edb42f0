namespace Twister.Hosting.Network;

/// <summary>The one socket handler behind every execution's <c>INetwork.Http</c>, so connections are pooled across executions.</summary>
internal sealed class OutboundHttp : IDisposable
{
    public HttpMessageHandler Handler { get; } = new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5) };

    public void Dispose() => Handler.Dispose();
}
