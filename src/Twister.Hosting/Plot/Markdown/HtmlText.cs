using System.Text;
using Twister.Hosting.Plot.Markdown.Dom;

namespace Twister.Hosting.Plot.Markdown;

/// <summary>The text of an element as shown, without markup, walked without recursion (any depth).</summary>
internal static class HtmlText
{
    /// <summary>
    /// The text of <paramref name="root"/>: skipped elements left out, <c>br</c> as a line feed, and a
    /// line feed (when <paramref name="preformatted"/>) or a space around each block element.
    /// </summary>
    public static string Of(HtmlElementNode root, bool preformatted)
    {
        var text = new StringBuilder();
        var separator = preformatted ? '\n' : ' ';
        var pending = new Stack<(HtmlNode Node, bool Leaving)>();
        PushChildren(pending, root);
        while (pending.Count > 0)
        {
            var (node, leaving) = pending.Pop();
            if (node is HtmlTextNode textNode)
            {
                text.Append(textNode.Data);
                continue;
            }
            if (node is not HtmlElementNode element) continue;
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
            PushChildren(pending, element);
        }
        return text.ToString();
    }

    /// <summary>Pushes the children of <paramref name="element"/> so that the first is popped first.</summary>
    private static void PushChildren(Stack<(HtmlNode Node, bool Leaving)> pending, HtmlElementNode element)
    {
        for (var i = element.ChildNodes.Count - 1; i >= 0; i--) pending.Push((element.ChildNodes[i], false));
    }
}
