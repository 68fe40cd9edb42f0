namespace Twister.Hosting.Plot.Markdown.Dom;

/// <summary>
/// A node of the small document tree the markdown renderers read: elements and text, nothing else (comments and
/// the like show nothing). Built by <see cref="SimpleHtmlParser"/> for the plain HTML most services send, or
/// copied from AngleSharp's HTML5 tree for everything else (<see cref="AngleSharpTree"/>).
/// </summary>
internal abstract class HtmlNode
{
    /// <summary>The element this node is a child of (null for the root).</summary>
    public HtmlElementNode? ParentElement { get; private set; }

    internal void AttachTo(HtmlElementNode parent) => ParentElement = parent;
}

/// <summary>A run of text, character references decoded.</summary>
internal sealed class HtmlTextNode(string data) : HtmlNode
{
    /// <summary>The text.</summary>
    public string Data { get; internal set; } = data;
}

/// <summary>An element: its lower-case name, its attributes (the first of a repeated name) and its children.</summary>
internal sealed class HtmlElementNode(string localName, IReadOnlyList<KeyValuePair<string, string>> attributes) : HtmlNode
{
    private static readonly char[] AsciiWhitespace = [' ', '\t', '\n', '\f', '\r'];

    private readonly List<HtmlNode> _childNodes = [];

    /// <summary>The tag name, lower case for HTML elements.</summary>
    public string LocalName { get; } = localName;

    /// <summary>The children in document order.</summary>
    public IReadOnlyList<HtmlNode> ChildNodes => _childNodes;

    /// <summary>The children that are elements.</summary>
    public IEnumerable<HtmlElementNode> Children => _childNodes.OfType<HtmlElementNode>();

    /// <summary>The class names of the <c>class</c> attribute.</summary>
    public IEnumerable<string> ClassList => GetAttribute("class")?.Split(AsciiWhitespace, StringSplitOptions.RemoveEmptyEntries) ?? [];

    /// <summary>The value of attribute <paramref name="name"/> (lower case), or null.</summary>
    public string? GetAttribute(string name)
    {
        foreach (var (key, value) in attributes)
        {
            if (key == name) return value;
        }
        return null;
    }

    /// <summary>Whether the element has attribute <paramref name="name"/> (lower case).</summary>
    public bool HasAttribute(string name) => GetAttribute(name) is not null;

    /// <summary>Every element below this one, in document order (walked without recursion).</summary>
    public IEnumerable<HtmlElementNode> Descendants()
    {
        var pending = new Stack<HtmlElementNode>();
        pending.Push(this);
        while (pending.Count > 0)
        {
            var element = pending.Pop();
            if (element != this) yield return element;
            for (var i = element._childNodes.Count - 1; i >= 0; i--)
            {
                if (element._childNodes[i] is HtmlElementNode child) pending.Push(child);
            }
        }
    }

    /// <summary>Adds <paramref name="child"/> as the last child.</summary>
    public void Append(HtmlNode child)
    {
        child.AttachTo(this);
        _childNodes.Add(child);
    }

    /// <summary>Adds text as the last child, joined to a text node already there (as an HTML parser does).</summary>
    public void AppendText(string text)
    {
        if (_childNodes.Count > 0 && _childNodes[^1] is HtmlTextNode last) last.Data += text;
        else Append(new HtmlTextNode(text));
    }
}
