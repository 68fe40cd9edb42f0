using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Twister.Hosting.Configuration;
using Twister.Hosting.Observability;

namespace Twister.Hosting.Webhooks;

/// <summary>
/// The loopback webhook endpoint: Kestrel on 127.0.0.1 serving <c>POST /webhooks/{token}</c>.
/// It answers at once (202, or 400/404/413) and leaves the work to the task queue.
/// </summary>
internal sealed class WebhookServer(WebhookIngress ingress, WebhookAddress address, TwisterOptions options, ILogger<WebhookServer> logger) : IHostedService, IAsyncDisposable
{
    private WebApplication? _app;

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(kestrel =>
        {
            kestrel.Listen(IPAddress.Loopback, options.WebhookPort);
            // The endpoint enforces the limit itself, so an oversized body gets a clean 413.
            kestrel.Limits.MaxRequestBodySize = null;
        });
        _app = builder.Build();
        _app.MapPost(WebhookAddress.PathPrefix + "{token}", (string token, HttpContext context) => HandleAsync(ingress, token, context));
        await _app.StartAsync(cancellationToken).ConfigureAwait(false);
        var listening = new Uri(_app.Urls.First());
        address.BaseAddress = new Uri($"http://localhost:{listening.Port}/");
        HostLog.WebhookServerStarted(logger, address.BaseAddress.AbsoluteUri);
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        if (_app is not null) await _app.StopAsync(cancellationToken).ConfigureAwait(false);
    }

    public async ValueTask DisposeAsync()
    {
        if (_app is not null) await _app.DisposeAsync().ConfigureAwait(false);
    }

    /// <summary>Answers <c>POST /webhooks/{token}</c>: reads the body within the limit and hands it to <paramref name="ingress"/> (also mapped by cluster silos).</summary>
    internal static async Task<IResult> HandleAsync(WebhookIngress ingress, string token, HttpContext context)
    {
        var request = context.Request;
        if (request.ContentLength > ingress.MaxBodyBytes) return Results.StatusCode(StatusCodes.Status413PayloadTooLarge);
        var body = await ReadBodyAsync(request.Body, ingress.MaxBodyBytes + 1, context.RequestAborted).ConfigureAwait(false);
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (name, values) in request.Headers) headers[name] = values.ToString();
        var delivery = await ingress.AcceptAsync(token, new WebhookRequest(request.Method, headers, body), context.RequestAborted).ConfigureAwait(false);
        return delivery.IsAccepted ? Results.Accepted() : Results.Text(delivery.Reason, statusCode: delivery.StatusCode);
    }

    /// <summary>Reads at most <paramref name="limit"/> bytes, so a huge chunked body cannot exhaust memory.</summary>
    private static async Task<byte[]> ReadBodyAsync(Stream body, int limit, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while (buffer.Length < limit && (read = await body.ReadAsync(chunk.AsMemory(0, (int)Math.Min(chunk.Length, limit - buffer.Length)), cancellationToken).ConfigureAwait(false)) > 0)
        {
            buffer.Write(chunk, 0, read);
        }
        return buffer.ToArray();
    }
}
