namespace Twister.Hosting.Plot.Json;

/// <summary>A connector's option values as a JSON object of strings.</summary>
internal static class OptionsJson
{
    public static string Write(IReadOnlyDictionary<string, string> values)
        => JsonColumn.Write(w =>
        {
            w.WriteStartObject();
            foreach (var (key, value) in values.OrderBy(p => p.Key, StringComparer.Ordinal)) w.WriteString(key, value);
            w.WriteEndObject();
        });

    public static IReadOnlyDictionary<string, string> Read(string? json)
        => json is null
            ? new Dictionary<string, string>()
            : JsonColumn.Read(json, root => root.EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetString() ?? "", StringComparer.Ordinal));
}
