using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Twister.Hosting.Tests.Network;

/// <summary>
/// A loopback server standing in for two external origins: <c>/redirect?status=N&amp;to=URL</c> answers a
/// redirect, <c>/loop</c> redirects to itself, anything else answers 200 with its own path. It records every request with its Authorization header.
/// </summary>
internal sealed class RedirectServer : IAsyncDisposable
{
    private WebApplication _app = null!;
    private readonly List<(string Method, string PathAndQuery, string? Authorization)> _requests = [];

    public Uri BaseAddress { get; private set; } = null!;

    public IReadOnlyList<(string Method, string PathAndQuery, string? Authorization)> Requests
    {
        get
        {
            lock (_requests) return [.. _requests];
        }
    }

    public static async Task<RedirectServer> StartAsync()
    {
        var server = new RedirectServer();
        (server._app, server.BaseAddress) = await LoopbackServer.StartAsync(server.HandleAsync);
        return server;
    }

    private async Task HandleAsync(HttpContext context)
    {
        var request = context.Request;
        lock (_requests) _requests.Add((request.Method, request.Path + request.QueryString, request.Headers.Authorization.FirstOrDefault()));
        if (request.Path == "/loop")
        {
            context.Response.StatusCode = 302;
            context.Response.Headers.Location = "/loop";
            return;
        }
        if (request.Path == "/redirect")
        {
            context.Response.StatusCode = int.Parse(request.Query["status"].FirstOrDefault() ?? "302", System.Globalization.CultureInfo.InvariantCulture);
            context.Response.Headers.Location = request.Query["to"].ToString();
            return;
        }
        await context.Response.WriteAsync($"{request.Method} {request.Path}");
    }

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();
}
