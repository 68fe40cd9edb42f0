using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace Twister.Samples.FakeServices;

/// <summary>
/// Request bodies read as <see cref="JsonNode"/>, reflection-free: a fake must tell an explicit
/// <c>null</c> (unassign, clear) from an absent field, which a typed record cannot.
/// </summary>
public static class JsonBody
{
    /// <summary>The body as a JSON object, or <see langword="null"/> when it is empty, malformed or not an object.</summary>
    /// <param name="request">The request.</param>
    public static async Task<JsonObject?> ReadObjectAsync(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        try
        {
            return await JsonNode.ParseAsync(request.Body).ConfigureAwait(false) as JsonObject;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>The node's string value, or <see langword="null"/> when it is absent or not a string.</summary>
    /// <param name="node">A node.</param>
    public static string? Text(JsonNode? node) => node is JsonValue value && value.TryGetValue<string>(out var s) ? s : null;

    /// <summary>Whether the node is the JSON value <c>true</c>.</summary>
    /// <param name="node">A node.</param>
    public static bool IsTrue(JsonNode? node) => node is JsonValue value && value.TryGetValue<bool>(out var b) && b;
}
