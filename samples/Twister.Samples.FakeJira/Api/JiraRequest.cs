using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;
using Twister.Samples.FakeJira.Model;

namespace Twister.Samples.FakeJira.Api;

/// <summary>Reading request bodies and query parameters. Bodies are read as <see cref="JsonNode"/> so an explicit <c>null</c> (unassign) differs from an absent field.</summary>
internal static class JiraRequest
{
    public static async Task<JsonObject?> ReadObjectAsync(HttpRequest request)
    {
        try
        {
            return await JsonNode.ParseAsync(request.Body).ConfigureAwait(false) as JsonObject;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>Reads a non-negative integer parameter, or the default when absent; <see langword="null"/> when malformed.</summary>
    public static int? Int(string? value, int fallback)
        => value is null ? fallback : int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : null;

    /// <summary>An ADF <c>doc</c>, or <see langword="null"/> when <paramref name="node"/> is not one (v3 refuses plain strings).</summary>
    public static AdfNode? Adf(JsonNode? node)
    {
        if (node is not JsonObject) return null;
        try
        {
            var adf = node.Deserialize(FakeJiraJson.Default.AdfNode);
            return adf is { Type: "doc", Content: not null } ? adf : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    public static string? String(JsonNode? node) => node is JsonValue value && value.TryGetValue<string>(out var s) ? s : null;

    public static IReadOnlyList<int>? Ints(JsonNode? node)
    {
        if (node is not JsonArray array) return null;
        var ids = new List<int>();
        foreach (var item in array)
        {
            if (item is JsonValue value && value.TryGetValue<int>(out var id)) ids.Add(id);
            else return null;
        }
        return ids;
    }
}
