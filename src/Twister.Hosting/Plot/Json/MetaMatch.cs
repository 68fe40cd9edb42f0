namespace Twister.Hosting.Plot.Json;

/// <summary>Whether an activity's custom meta (its JSON column) holds every entry of a filter.</summary>
internal static class MetaMatch
{
    public static bool Contains(string? metaJson, IReadOnlyDictionary<string, string>? required)
    {
        if (required is null || required.Count == 0) return true;
        if (metaJson is null) return false;
        var meta = PlotJson.ReadMeta(null, null, null, metaJson);
        foreach (var (key, value) in required)
        {
            if (!string.Equals(meta[key], value, StringComparison.Ordinal)) return false;
        }
        return true;
    }
}
