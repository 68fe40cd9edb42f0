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

    private static readonly IReadOnlyDictionary<string, string> EmptyQuery = new Dictionary<string, string>();

    /// <summary>The HTTP method.</summary>
    public string Method { get; }

    /// <summary>The request headers.</summary>
    public IReadOnlyDictionary<string, string> Headers { get; }

    /// <summary>The query string's parameters (for example a secret the connector appended to the URL it registered).</summary>
    public IReadOnlyDictionary<string, string> Query { get; init; } = EmptyQuery;

    /// <summary>
    /// What a synchronous webhook's callback answers (see <see cref="Respond"/>); <see langword="null"/> until it
    /// responds. Deliveries to ordinary (asynchronous) webhooks are answered 202 before the callback runs.
    /// </summary>
    public WebhookResponse? Response { get; private set; }

    /// <summary>
    /// Sets the HTTP response of a delivery to a synchronous webhook (created with
    /// <see cref="Tools.WebhookOptions.Synchronous"/>), for example the challenge of a URL verification.
    /// </summary>
    /// <param name="response">The response.</param>
    public void Respond(WebhookResponse response)
    {
        ArgumentNullException.ThrowIfNull(response);
        Response = response;
    }

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

/// <summary>The HTTP response a synchronous webhook's callback gives (see <see cref="WebhookRequest.Respond"/>).</summary>
/// <param name="StatusCode">The status code.</param>
/// <param name="ContentType">The body's content type, if it has a body.</param>
/// <param name="Body">The body.</param>
public sealed record WebhookResponse(int StatusCode, string? ContentType, ReadOnlyMemory<byte> Body)
{
    /// <summary>A status code without a body.</summary>
    /// <param name="statusCode">The status code.</param>
    public static WebhookResponse Status(int statusCode) => new(statusCode, null, ReadOnlyMemory<byte>.Empty);

    /// <summary>A <c>text/plain</c> body.</summary>
    /// <param name="text">The text.</param>
    /// <param name="statusCode">The status code; 200 by default.</param>
    public static WebhookResponse Text(string text, int statusCode = 200) => new(statusCode, "text/plain; charset=utf-8", Encoding.UTF8.GetBytes(text));

    /// <summary>An <c>application/json</c> body, serialized with System.Text.Json metadata (reflection-free with a source-generated context).</summary>
    /// <typeparam name="T">The body's type.</typeparam>
    /// <param name="value">The body.</param>
    /// <param name="typeInfo">Its JSON metadata.</param>
    /// <param name="statusCode">The status code; 200 by default.</param>
    public static WebhookResponse Json<T>(T value, JsonTypeInfo<T> typeInfo, int statusCode = 200)
        => new(statusCode, "application/json", JsonSerializer.SerializeToUtf8Bytes(value, typeInfo));
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
