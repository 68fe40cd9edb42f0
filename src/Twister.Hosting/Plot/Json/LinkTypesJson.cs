namespace Twister.Hosting.Plot.Json;

/// <summary>A channel's own link types (from <c>GetChannelsAsync</c>) as JSON.</summary>
internal static class LinkTypesJson
{
    public static string? Write(IReadOnlyList<LinkTypeConfig>? linkTypes)
        => linkTypes is null ? null : JsonColumn.Write(w =>
        {
            w.WriteStartArray();
            foreach (var type in linkTypes)
            {
                w.WriteStartObject();
                w.WriteString("type", type.Type);
                w.WriteString("label", type.Label);
                w.WriteStartArray("statuses");
                foreach (var status in type.Statuses)
                {
                    w.WriteStartObject();
                    w.WriteString("status", status.Status);
                    w.WriteString("label", status.Label);
                    if (status.Todo) w.WriteBoolean("todo", true);
                    if (status.Done) w.WriteBoolean("done", true);
                    if (status.Tag != Tag.None) w.WriteNumber("tag", (int)status.Tag);
                    if (status.CreateDefault) w.WriteBoolean("createDefault", true);
                    w.WriteEndObject();
                }
                w.WriteEndArray();
                w.WriteEndObject();
            }
            w.WriteEndArray();
        });

    public static IReadOnlyList<LinkTypeConfig> Read(string? json)
        => json is null ? [] : JsonColumn.Read(json, root => root.EnumerateArray().Select(t => new LinkTypeConfig(
            t.String("type")!, t.String("label")!,
            [.. t.GetProperty("statuses").EnumerateArray().Select(s => new LinkStatus(
                s.String("status")!, s.String("label")!, Flag(s, "todo"), Flag(s, "done"),
                s.TryGetProperty("tag", out var tag) ? (Tag)tag.GetInt32() : Tag.None, Flag(s, "createDefault")))])).ToList());

    private static bool Flag(System.Text.Json.JsonElement element, string name) => element.TryGetProperty(name, out var value) && value.GetBoolean();
}
