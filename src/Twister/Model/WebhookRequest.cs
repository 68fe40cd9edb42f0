using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace Twister;

/// <summary>An HTTP request delivered to a webhook URL created by the Network tool.</summary>
public sealed class WebhookRequest
{
    /// <summary>Creates a request.</summary>
    /// <param name="method">The HTTP method.</param>
    /// <param name="headers">The request headers (names compared case-insensitively).</param>
    /// <param name="body">The raw body.</param>
    public WebhookRequest(string method, IReadOnlyDictionary<string, string> headers, ReadOnlyMemory<byte> body)
    {
        Method = method;
        Headers = headers;
        Body = body;
    }

    /// <summary>The HTTP method.</summary>
    public string Method { get; }

    /// <summary>The request headers.</summary>
    public IReadOnlyDictionary<string, string> Headers { get; }

    /// <summary>The raw body bytes.</summary>
    public ReadOnlyMemory<byte> Body { get; }

    /// <summary>The body decoded as UTF-8.</summary>
    public string RawBody => Encoding.UTF8.GetString(Body.Span);

    /// <summary>Deserializes the body with System.Text.Json metadata (reflection-free with a source-generated context).</summary>
    /// <typeparam name="T">The payload type.</typeparam>
    /// <param name="typeInfo">The payload's JSON metadata, for example <c>MyJsonContext.Default.MyPayload</c>.</param>
    /// <returns>The payload, or <see langword="null"/> for an empty body or a JSON <c>null</c>.</returns>
    /// <exception cref="JsonException">The body is not valid JSON for <typeparamref name="T"/>.</exception>
    public T? ReadJson<T>(JsonTypeInfo<T> typeInfo)
        => Body.IsEmpty ? default : JsonSerializer.Deserialize(Body.Span, typeInfo);
}

/// <summary>Helpers for webhook URLs.</summary>
public static class WebhookUrl
{
    /// <summary>
    /// <see langword="true"/> for a URL on the local machine (local development): connectors skip
    /// registering such a URL with the external service, which could not reach it.
    /// </summary>
    /// <param name="url">The webhook URL returned by <c>CreateWebhookAsync</c>.</param>
    public static bool IsLocal(string url)
        => Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.IsLoopback || string.Equals(uri.Host, "localhost", StringComparison.OrdinalIgnoreCase));
}
