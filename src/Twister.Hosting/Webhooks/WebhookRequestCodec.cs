using System.Text.Json;

namespace Twister.Hosting.Webhooks;

/// <summary>
/// Stores a delivered <see cref="WebhookRequest"/> with its queued task:
/// <c>{"method","headers":{},"query":{},"body":base64}</c> (<c>query</c> absent when empty, and in deliveries
/// stored by the first release).
/// </summary>
internal static class WebhookRequestCodec
{
    public static byte[] Encode(WebhookRequest request)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream))
        {
            writer.WriteStartObject();
            writer.WriteString("method", request.Method);
            writer.WriteStartObject("headers");
            foreach (var (name, value) in request.Headers) writer.WriteString(name, value);
            writer.WriteEndObject();
            if (request.Query.Count > 0)
            {
                writer.WriteStartObject("query");
                foreach (var (name, value) in request.Query) writer.WriteString(name, value);
                writer.WriteEndObject();
            }
            writer.WriteBase64String("body", request.Body.Span);
            writer.WriteEndObject();
        }
        return stream.ToArray();
    }

    public static WebhookRequest Decode(byte[] encoded)
    {
        using var document = JsonDocument.Parse(encoded);
        var root = document.RootElement;
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var header in root.GetProperty("headers").EnumerateObject()) headers[header.Name] = header.Value.GetString() ?? "";
        var query = new Dictionary<string, string>(StringComparer.Ordinal);
        if (root.TryGetProperty("query", out var parameters))
        {
            foreach (var parameter in parameters.EnumerateObject()) query[parameter.Name] = parameter.Value.GetString() ?? "";
        }
        return new WebhookRequest(root.GetProperty("method").GetString()!, headers, root.GetProperty("body").GetBytesFromBase64()) { Query = query };
    }
}
