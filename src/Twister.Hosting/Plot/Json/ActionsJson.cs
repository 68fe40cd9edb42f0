namespace Twister.Hosting.Plot.Json;

/// <summary>An item's actions as a JSON array of <c>{kind, title, url?, token?}</c>.</summary>
internal static class ActionsJson
{
    public static string? Write(IReadOnlyList<ItemAction>? actions)
        => actions is null ? null : JsonColumn.Write(w =>
        {
            w.WriteStartArray();
            foreach (var action in actions)
            {
                w.WriteStartObject();
                w.WriteString("kind", action.Kind.ToString());
                w.WriteString("title", action.Title);
                if (action.Url is not null) w.WriteString("url", action.Url);
                if (action.CallbackToken is not null) w.WriteString("token", action.CallbackToken);
                w.WriteEndObject();
            }
            w.WriteEndArray();
        });

    public static IReadOnlyList<ItemAction> Read(string? json)
        => json is null ? [] : JsonColumn.Read(json, root => root.EnumerateArray().Select(e => new ItemAction(
            Enum.Parse<ItemActionKind>(e.String("kind")!), e.String("title")!, e.String("url"), e.String("token"))).ToList());
}
