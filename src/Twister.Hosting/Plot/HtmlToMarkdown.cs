using AngleSharp.Html.Parser;
using Twister.Hosting.Plot.Markdown;
using Twister.Hosting.Plot.Markdown.Dom;

namespace Twister.Hosting.Plot;

/// <summary>
/// Converts HTML note content to markdown on ingest, as Plot does (no markdown library is served by
/// this repository's package feed, so the converter is our own, over AngleSharp's HTML5 parser; plain,
/// well-formed HTML takes a shortcut that builds the same tree, see <see cref="SimpleHtmlParser"/>).
/// It keeps content: paragraphs and line breaks as a browser shows them, headings, emphasis,
/// strikethrough, links, images, inline code and fenced code blocks with their language, nested
/// lists and task lists, nested quotes, rules and GFM tables; markdown syntax in text is escaped.
/// Scripts, styles, hidden elements and tracking pixels are dropped. See docs/hosting.md.
/// </summary>
internal static class HtmlToMarkdown
{
    // Parsed as a browser with scripting on does: noscript content is not shown.
    private static readonly HtmlParser Parser = new(new HtmlParserOptions { IsScripting = true });

    public static string Convert(string html)
    {
        var root = SimpleHtmlParser.TryParse(html) ?? Parse(html);
        var lines = FlowRenderer.Render(root.ChildNodes, new RenderContext([], InTableCell: false), depth: 0);
        return string.Join("\n", lines);
    }

    /// <summary>The body (or frameset) of <paramref name="html"/> as an HTML5 parser builds it, else the whole document.</summary>
    internal static HtmlElementNode Parse(string html)
    {
        var document = AngleSharpTree.Copy(Parser.ParseDocument(html).DocumentElement);
        return document.Children.FirstOrDefault(e => e.LocalName is "body" or "frameset") ?? document;
    }
}
