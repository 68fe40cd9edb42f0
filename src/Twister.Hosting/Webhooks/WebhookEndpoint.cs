using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace Twister.Hosting.Webhooks;

/// <summary>
/// The webhook endpoint's request handler, <c>POST /webhooks/{token}</c>: served by the loopback server, or
/// mapped into the user's app by <c>MapTwisterWebhooks()</c> (which then replaces the loopback server). It
/// answers at once (202, or 400/404/413 with the reason as text) and leaves the work to the task queue; a
/// synchronous webhook answers what its callback set. A plain
/// <see cref="RequestDelegate"/>, so it needs no generated request delegate (NativeAOT).
/// </summary>
internal sealed class WebhookEndpoint(WebhookIngress ingress)
{
    /// <summary>The route pattern.</summary>
    public const string Route = "/" + WebhookAddress.Segment + "{token}";

    /// <summary>Whether the app maps the endpoint itself (the loopback server then does not start).</summary>
    public bool Mounted { get; private set; }

    public void Mount() => Mounted = true;

    public async Task HandleAsync(HttpContext context)
    {
        var request = context.Request;
        var token = request.RouteValues["token"] as string ?? "";
        if (request.ContentLength > ingress.MaxBodyBytes)
        {
            context.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
            return;
        }
        // The endpoint enforces its own limit (so an oversized body gets a clean 413) and reads at most one byte more.
        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit) limit.MaxRequestBodySize = null;
        var body = await ReadBodyAsync(request.Body, ingress.MaxBodyBytes + 1, context.RequestAborted).ConfigureAwait(false);
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (name, values) in request.Headers) headers[name] = values.ToString();
        var query = request.Query.ToDictionary(p => p.Key, p => p.Value.ToString(), StringComparer.Ordinal);
        var delivery = await ingress.AcceptAsync(token, new WebhookRequest(request.Method, headers, body) { Query = query }, context.RequestAborted).ConfigureAwait(false);
        context.Response.StatusCode = delivery.StatusCode;
        if (delivery.Response is { } response)
        {
            if (response.ContentType is not null) context.Response.ContentType = response.ContentType;
            await context.Response.Body.WriteAsync(response.Body, context.RequestAborted).ConfigureAwait(false);
        }
        else if (!delivery.IsAccepted)
        {
            await context.Response.WriteAsync(delivery.Reason ?? "", context.RequestAborted).ConfigureAwait(false);
        }
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
