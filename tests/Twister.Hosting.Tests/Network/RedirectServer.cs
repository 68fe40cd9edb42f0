using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Twister.Hosting.Tests.Network;

/// <summary>
/// A loopback server standing in for two external origins: <c>/redirect?status=N&amp;to=URL</c> answers a
/// redirect, <c>/loop</c> redirects to itself, anything else answers 200 with its own path. It records every request with its Authorization header.
/// </summary>
internal sealed class RedirectServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly List<(string Method, string PathAndQuery, string? Authorization)> _requests = [];

    private RedirectServer(WebApplication app) => _app = app;

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
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(k => k.Listen(IPAddress.Loopback, 0));
        var server = new RedirectServer(builder.Build());
        server._app.Run(server.HandleAsync);
        await server._app.StartAsync();
        server.BaseAddress = new Uri(server._app.Urls.First());
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
