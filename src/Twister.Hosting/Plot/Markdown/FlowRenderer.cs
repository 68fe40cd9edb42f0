using Twister.Hosting.Plot.Markdown.Dom;

namespace Twister.Hosting.Plot.Markdown;

/// <summary>
/// Renders a sequence of HTML nodes (the body, a list item, a quote, a table cell) as markdown blocks:
/// inline content flows into an <see cref="InlineWriter"/>, and each block element ends the current
/// run of text and adds its own block.
/// </summary>
internal sealed class FlowRenderer
{
    private readonly RenderContext _context;
    private readonly bool _oneLine;
    private readonly InlineWriter _flow;
    private readonly List<MarkdownBlock> _blocks = [];

    private FlowRenderer(RenderContext context, bool oneLine)
    {
        _context = context;
        _oneLine = oneLine;
        _flow = new InlineWriter(context.Spans, oneLine);
    }

    /// <summary>The markdown lines of <paramref name="nodes"/>, block after block.</summary>
    /// <param name="nodes">The nodes to render.</param>
    /// <param name="context">Formatting open around them.</param>
    /// <param name="depth">How deep they are nested (see <see cref="RenderContext.MaxDepth"/>).</param>
    /// <param name="listItem">For a list item: its task marker, if any (the list stays tight).</param>
    public static List<string> Render(IEnumerable<HtmlNode> nodes, RenderContext context, int depth, ListItemStart? listItem = null)
    {
        var renderer = new FlowRenderer(context, oneLine: false);
        if (listItem?.TaskMarker is { } marker) renderer._flow.WriteTaskMarker(marker);
        foreach (var node in nodes) renderer.Walk(node, depth);
        renderer.FlushFlow(final: true);
        return MarkdownBlock.Join(renderer._blocks, inListItem: listItem is not null);
    }

    /// <summary>The inline markdown of <paramref name="nodes"/> on one line (block boundaries and line breaks become spaces).</summary>
    public static string RenderLine(IEnumerable<HtmlNode> nodes, RenderContext context, int depth)
    {
        var renderer = new FlowRenderer(context, oneLine: true);
        foreach (var node in nodes) renderer.Walk(node, depth);
        return string.Join(" ", renderer._flow.TakeLines());
    }

    private void Walk(HtmlNode node, int depth)
    {
        if (node is HtmlTextNode text)
        {
            _flow.WriteText(text.Data);
            return;
        }
        if (node is not HtmlElementNode element) return;
        if (depth >= RenderContext.MaxDepth)
        {
            _flow.WriteText(" " + HtmlText.Of(element, preformatted: false) + " ");
            return;
        }
        var kind = HtmlElements.Classify(element, out var style);
        if (_oneLine && kind is ElementKind.Paragraph or ElementKind.Heading or ElementKind.List or ElementKind.Quote
                or ElementKind.Preformatted or ElementKind.Rule or ElementKind.Table)
            kind = ElementKind.Container;
        switch (kind)
        {
            case ElementKind.Skipped:
                return;
            case ElementKind.LineBreak:
                _flow.LineBreak();
                return;
            case ElementKind.Container:
                WalkContainer(element, depth);
                return;
            case ElementKind.Paragraph:
                FlushFlow();
                WalkChildren(element, depth);
                FlushFlow();
                return;
            case ElementKind.Heading:
                AddBlock(BlockKind.Heading, () => Heading(element, depth));
                return;
            case ElementKind.List:
                AddBlock(BlockKind.List, () => ListRenderer.Render(element, _context, depth + 1));
                return;
            case ElementKind.Quote:
                AddBlock(BlockKind.Quote, () => MarkdownBlock.Prefix(Render(element.ChildNodes, _context, depth + 1), "> ", "> "));
                return;
            case ElementKind.Preformatted:
                AddBlock(BlockKind.Code, () => CodeBlockRenderer.Render(element, _context.InTableCell));
                return;
            case ElementKind.Rule:
                AddBlock(BlockKind.Rule, () => ["***"]);
                return;
            case ElementKind.Table when TableRenderer.IsDataTable(element):
                AddBlock(BlockKind.Table, () => TableRenderer.Render(element, _context, depth + 1));
                return;
            case ElementKind.Table:
                WalkContainer(element, depth);
                return;
            case ElementKind.Image:
                WriteImage(element);
                return;
            case ElementKind.Code:
                WriteCode(element);
                return;
            case ElementKind.Checkbox:
                _flow.WriteTaskMarker(element.HasAttribute("checked") ? "[x]" : "[ ]");
                return;
            case ElementKind.Media:
                _flow.WriteMarkdown(MarkdownSyntax.LinkTo(element.GetAttribute("src")!));
                return;
            default:
                WalkInline(element, style, depth);
                return;
        }
    }

    private void WalkChildren(HtmlElementNode element, int depth)
    {
        foreach (var child in element.ChildNodes) Walk(child, depth + 1);
    }

    /// <summary>A block without margins: its content sits on lines of its own, in the current run of text.</summary>
    private void WalkContainer(HtmlElementNode element, int depth)
    {
        _flow.EndLine();
        WalkChildren(element, depth);
        _flow.EndLine();
    }

    private void WalkInline(HtmlElementNode element, IReadOnlyDictionary<string, string> style, int depth)
    {
        var spans = InlineFormatting.SpansOf(element, style, _context.Spans);
        _context.Spans.AddRange(spans);
        WalkChildren(element, depth);
        for (var i = 0; i < spans.Count; i++)
        {
            _flow.CloseSpan();
            _context.Spans.RemoveAt(_context.Spans.Count - 1);
        }
    }

    private List<string> Heading(HtmlElementNode heading, int depth)
    {
        var text = RenderLine(heading.ChildNodes, _context, depth + 1);
        if (text.Length == 0) return [];
        // A heading ending in " #" would lose it as an optional closing sequence.
        if (text.EndsWith('#')) text = text[..text.TrimEnd('#').Length] + "\\" + text[text.TrimEnd('#').Length..];
        return [new string('#', heading.LocalName[1] - '0') + " " + text];
    }

    private void WriteImage(HtmlElementNode image)
    {
        var source = image.GetAttribute("src")?.Trim();
        var alt = MarkdownSyntax.CollapseWhitespace(image.GetAttribute("alt") ?? "").Trim();
        // An emoji drawn as an image (Teams, GitHub, Confluence) reads best as its text.
        var emoji = image.ClassList.Any(c => c.Contains("emoji", StringComparison.OrdinalIgnoreCase) || c.Contains("emoticon", StringComparison.OrdinalIgnoreCase))
            || image.ParentElement?.LocalName == "emoji";
        if (string.IsNullOrEmpty(source) || (emoji && alt.Length > 0))
        {
            _flow.WriteText(alt);
            return;
        }
        _flow.WriteMarkdown($"![{MarkdownSyntax.EscapeText(alt)}]({MarkdownSyntax.Destination(source)}{MarkdownSyntax.Title(image.GetAttribute("title"))})");
    }

    /// <summary>Inline code: its text on one line in a code span; surrounding whitespace stays outside the span.</summary>
    private void WriteCode(HtmlElementNode code)
    {
        var text = MarkdownSyntax.CollapseWhitespace(HtmlText.Of(code, preformatted: false));
        var trimmed = text.Trim(' ');
        if (text.StartsWith(' ')) _flow.WriteSpace();
        if (trimmed.Length > 0) _flow.WriteMarkdown(MarkdownSyntax.CodeSpan(trimmed));
        if (trimmed.Length > 0 && text.EndsWith(' ')) _flow.WriteSpace();
    }

    private void AddBlock(BlockKind kind, Func<List<string>> render)
    {
        FlushFlow();
        var lines = render();
        if (lines.Count > 0) _blocks.Add(new MarkdownBlock(kind, lines));
    }

    /// <summary>Ends the current run of text as a block (a task marker alone waits for the text that follows it).</summary>
    private void FlushFlow(bool final = false)
    {
        if (!final && _flow.HoldsOnlyTaskMarker) return;
        var lines = _flow.TakeLines();
        if (lines.Count > 0) _blocks.Add(new MarkdownBlock(BlockKind.Text, lines));
    }
}

/// <summary>How a list item starts: with a task marker (<c>[x]</c> or <c>[ ]</c>) or none.</summary>
/// <param name="TaskMarker">The marker, or null.</param>
internal sealed record ListItemStart(string? TaskMarker);
