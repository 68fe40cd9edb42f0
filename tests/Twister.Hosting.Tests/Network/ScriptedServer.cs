using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Twister.Hosting.Tests.Network;

/// <summary>
/// A loopback server standing in for flaky and rate-limiting services. A path's first answers follow its query:
/// <c>?fail=N&amp;status=S</c> answers S (default 503) N times; <c>?retryAfter=SECONDS&amp;times=N</c> answers 429 with
/// <c>Retry-After</c> N times (default once); after that, 200 with the path. It counts the requests to each path.
/// </summary>
internal sealed class ScriptedServer : IAsyncDisposable
{
    private WebApplication _app = null!;
    private readonly Dictionary<string, int> _requests = [];

    public Uri BaseAddress { get; private set; } = null!;

    public int RequestsTo(string path)
    {
        lock (_requests) return _requests.GetValueOrDefault(path);
    }

    public static async Task<ScriptedServer> StartAsync()
    {
        var server = new ScriptedServer();
        (server._app, server.BaseAddress) = await LoopbackServer.StartAsync(server.HandleAsync);
        return server;
    }

    private async Task HandleAsync(HttpContext context)
    {
        var request = context.Request;
        int seen;
        lock (_requests) seen = _requests[request.Path] = _requests.GetValueOrDefault(request.Path) + 1;
        if (Number(request, "fail") is { } failures && seen <= failures)
        {
            context.Response.StatusCode = Number(request, "status") ?? 503;
            return;
        }
        if (Number(request, "retryAfter") is { } seconds && seen <= (Number(request, "times") ?? 1))
        {
            context.Response.StatusCode = 429;
            context.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
            return;
        }
        await context.Response.WriteAsync($"{request.Method} {request.Path}");
    }

    private static int? Number(HttpRequest request, string name)
        => int.TryParse(request.Query[name].FirstOrDefault(), CultureInfo.InvariantCulture, out var value) ? value : null;

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();
}
