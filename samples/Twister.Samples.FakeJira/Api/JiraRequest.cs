using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;
using Twister.Samples.FakeJira.Model;
using Twister.Samples.FakeServices;

namespace Twister.Samples.FakeJira.Api;

/// <summary>Reading Jira request bodies (see <see cref="JsonBody"/>) and query parameters.</summary>
internal static class JiraRequest
{
    public static Task<JsonObject?> ReadObjectAsync(HttpRequest request) => JsonBody.ReadObjectAsync(request);

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

    public static string? String(JsonNode? node) => JsonBody.Text(node);

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
