using System.Text;
using AngleSharp.Dom;

namespace Twister.Hosting.Plot.Markdown;

/// <summary>The text of an element as shown, without markup, walked without recursion (any depth).</summary>
internal static class HtmlText
{
    /// <summary>
    /// The text of <paramref name="root"/>: skipped elements left out, <c>br</c> as a line feed, and a
    /// line feed (when <paramref name="preformatted"/>) or a space around each block element.
    /// </summary>
    public static string Of(IElement root, bool preformatted)
    {
        var text = new StringBuilder();
        var separator = preformatted ? '\n' : ' ';
        var pending = new Stack<(INode Node, bool Leaving)>();
        for (var child = root.LastChild; child is not null; child = child.PreviousSibling) pending.Push((child, false));
        while (pending.Count > 0)
        {
            var (node, leaving) = pending.Pop();
            if (node is IText textNode)
            {
                text.Append(textNode.Data);
                continue;
            }
            if (node is not IElement element) continue;
            var kind = HtmlElements.Classify(element);
            if (kind == ElementKind.Skipped) continue;
            if (kind == ElementKind.LineBreak)
            {
                text.Append('\n');
                continue;
            }
            var block = kind is not (ElementKind.Inline or ElementKind.Code or ElementKind.Image or ElementKind.Checkbox or ElementKind.Media);
            if (block && text.Length > 0 && text[^1] != separator && text[^1] != '\n') text.Append(separator);
            if (leaving) continue;
            if (block) pending.Push((element, true));
            for (var child = element.LastChild; child is not null; child = child.PreviousSibling) pending.Push((child, false));
        }
        return text.ToString();
    }
}
