namespace Twister.Hosting.Plot.Json;

/// <summary>Tags as a JSON array of their (stable) numeric values, sorted and without duplicates.</summary>
internal static class TagsJson
{
    public static string? Write(IReadOnlyCollection<Tag>? tags)
        => tags is null ? null : JsonColumn.Write(w =>
        {
            w.WriteStartArray();
            foreach (var tag in tags.Distinct().Order()) w.WriteNumberValue((int)tag);
            w.WriteEndArray();
        });

    public static IReadOnlyList<Tag> Read(string? json)
        => json is null ? [] : JsonColumn.Read(json, root => root.EnumerateArray().Select(e => (Tag)e.GetInt32()).ToList());
}
