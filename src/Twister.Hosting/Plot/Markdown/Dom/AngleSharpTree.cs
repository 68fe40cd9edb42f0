using AngleSharp.Dom;

namespace Twister.Hosting.Plot.Markdown.Dom;

/// <summary>Copies the elements and text of an AngleSharp tree into an <see cref="HtmlElementNode"/> tree (without recursion, any depth).</summary>
internal static class AngleSharpTree
{
    public static HtmlElementNode Copy(IElement root)
    {
        var copy = Element(root);
        var pending = new Stack<(IElement Source, HtmlElementNode Target)>();
        pending.Push((root, copy));
        while (pending.Count > 0)
        {
            var (source, target) = pending.Pop();
            foreach (var child in source.ChildNodes)
            {
                switch (child)
                {
                    case IText text:
                        target.Append(new HtmlTextNode(text.Data));
                        break;
                    case IElement element:
                        var childCopy = Element(element);
                        target.Append(childCopy);
                        pending.Push((element, childCopy));
                        break;
                }
            }
        }
        return copy;
    }

    private static HtmlElementNode Element(IElement element)
        => new(element.LocalName, [.. element.Attributes.Select(a => new KeyValuePair<string, string>(a.Name, a.Value))]);
}
