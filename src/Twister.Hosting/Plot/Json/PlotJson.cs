using System.Text.Json;

namespace Twister.Hosting.Plot.Json;

/// <summary>The JSON columns of the Plot tables (custom meta entries, note links), written without reflection.</summary>
internal static class PlotJson
{
    public static string? WriteMetaValues(ActivityMeta? meta)
    {
        if (meta is null || meta.Values.Count == 0) return null;
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream))
        {
            writer.WriteStartObject();
            foreach (var (key, value) in meta.Values.OrderBy(p => p.Key, StringComparer.Ordinal)) writer.WriteString(key, value);
            writer.WriteEndObject();
        }
        return System.Text.Encoding.UTF8.GetString(stream.ToArray());
    }

    public static ActivityMeta ReadMeta(string? syncProvider, string? channelId, string? externalId, string? values)
    {
        var entries = new List<KeyValuePair<string, string>>();
        if (values is not null)
        {
            using var document = JsonDocument.Parse(values);
            foreach (var property in document.RootElement.EnumerateObject()) entries.Add(new(property.Name, property.Value.GetString() ?? ""));
        }
        return ActivityMeta.Create(syncProvider, channelId, externalId, entries);
    }

    public static string? WriteLinks(IReadOnlyList<Link>? links)
    {
        if (links is null || links.Count == 0) return null;
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream))
        {
            writer.WriteStartArray();
            foreach (var link in links)
            {
                writer.WriteStartObject();
                writer.WriteString("kind", link.Kind.ToString());
                writer.WriteString("title", link.Title);
                writer.WriteString("url", link.Url);
                writer.WriteEndObject();
            }
            writer.WriteEndArray();
        }
        return System.Text.Encoding.UTF8.GetString(stream.ToArray());
    }

    public static IReadOnlyList<Link> ReadLinks(string? json)
    {
        if (json is null) return [];
        using var document = JsonDocument.Parse(json);
        return [.. document.RootElement.EnumerateArray().Select(e => new Link(
            Enum.Parse<LinkKind>(e.GetProperty("kind").GetString()!),
            e.GetProperty("title").GetString()!,
            e.GetProperty("url").GetString()!))];
    }
}
