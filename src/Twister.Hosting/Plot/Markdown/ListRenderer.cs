using System.Globalization;
using Twister.Hosting.Plot.Markdown.Dom;

namespace Twister.Hosting.Plot.Markdown;

/// <summary>
/// Lists: <c>- </c> for unordered items, <c>N. </c> for ordered ones (from <c>start</c>, <c>value</c>
/// and <c>reversed</c>), every further line of an item indented to its content, so nested lists of
/// either kind nest correctly. Task items (GitHub checkboxes, Confluence task lists) start with
/// <c>[x]</c>/<c>[ ]</c>. Content a list holds outside any <c>li</c> (a nested list written directly
/// in a list, as old editors do) belongs to the item before it.
/// </summary>
internal static class ListRenderer
{
    /// <summary>CommonMark ordered list numbers have at most nine digits.</summary>
    private const int MaxNumber = 999_999_999;

    public static List<string> Render(HtmlElementNode list, RenderContext context, int depth)
    {
        var items = Items(list);
        var ordered = list.LocalName == "ol";
        var reversed = ordered && list.HasAttribute("reversed");
        var number = Number(list.GetAttribute("start")) ?? (reversed ? items.Count : 1);
        var lines = new List<string>();
        foreach (var (item, nodes) in items)
        {
            if (ordered && item is not null && Number(item.GetAttribute("value")) is { } value) number = value;
            var marker = ordered ? Math.Clamp(number, 0, MaxNumber).ToString(CultureInfo.InvariantCulture) + ". " : "- ";
            number += reversed ? -1 : 1;
            var content = FlowRenderer.Render(nodes, context, depth + 1, new ListItemStart(TaskMarker(list, item)));
            if (content.Count == 0) lines.Add(marker.TrimEnd());
            else lines.AddRange(MarkdownBlock.Prefix(content, marker, new string(' ', marker.Length)));
        }
        return lines;
    }

    /// <summary>The items of a list: each <c>li</c> with its nodes, and stray content added to the item before it.</summary>
    private static List<(HtmlElementNode? Item, List<HtmlNode> Nodes)> Items(HtmlElementNode list)
    {
        var items = new List<(HtmlElementNode? Item, List<HtmlNode> Nodes)>();
        foreach (var child in list.ChildNodes)
        {
            if (child is HtmlElementNode { LocalName: "li" } item)
            {
                items.Add((item, [.. item.ChildNodes]));
                continue;
            }
            if (child is HtmlTextNode text && string.IsNullOrWhiteSpace(text.Data)) continue;
            if (child is not (HtmlTextNode or HtmlElementNode)) continue;
            if (items.Count == 0) items.Add((null, []));
            items[^1].Nodes.Add(child);
        }
        return items;
    }

    /// <summary>Confluence marks tasks with a class rather than a checkbox.</summary>
    private static string? TaskMarker(HtmlElementNode list, HtmlElementNode? item)
        => item is not null && HtmlElements.HasClass(list, "inline-task-list")
            ? HtmlElements.HasClass(item, "checked") ? "[x]" : "[ ]"
            : null;

    private static int? Number(string? attribute)
        => int.TryParse(attribute?.Trim(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number) ? number : null;
}
