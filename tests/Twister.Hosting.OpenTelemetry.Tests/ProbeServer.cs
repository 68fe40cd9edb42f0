using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Twister.Hosting.OpenTelemetry.Tests;

/// <summary>A loopback probe service: <c>/ok</c> answers 200, <c>/fail</c> 500, <c>/busy</c> 429 with <c>Retry-After: 3600</c>.</summary>
internal sealed class ProbeServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    private ProbeServer(WebApplication app) => _app = app;

    public Uri BaseAddress { get; private set; } = null!;

    public static async Task<ProbeServer> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(k => k.Listen(IPAddress.Loopback, 0));
        var server = new ProbeServer(builder.Build());
        server._app.Run(context =>
        {
            switch (context.Request.Path.Value)
            {
                case "/fail":
                    context.Response.StatusCode = 500;
                    break;
                case "/busy":
                    context.Response.StatusCode = 429;
                    context.Response.Headers.RetryAfter = "3600";
                    break;
            }
            return Task.CompletedTask;
        });
        await server._app.StartAsync();
        server.BaseAddress = new Uri(server._app.Urls.First());
        return server;
    }

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();
}
