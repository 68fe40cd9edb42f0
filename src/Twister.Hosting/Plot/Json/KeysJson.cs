namespace Twister.Hosting.Plot.Json;

/// <summary>A list of contact keys (a note's mentions) as a JSON array.</summary>
internal static class KeysJson
{
    public static string? Write(IReadOnlyList<string>? keys)
        => keys is null || keys.Count == 0 ? null : JsonColumn.Write(w =>
        {
            w.WriteStartArray();
            foreach (var key in keys) w.WriteStringValue(key);
            w.WriteEndArray();
        });

    public static IReadOnlyList<string> Read(string? json)
        => json is null ? [] : JsonColumn.Read(json, root => root.EnumerateArray().Select(e => e.GetString()!).ToList());
}
