using AngleSharp.Html.Parser;
using Twister.Hosting.Plot.Markdown;

namespace Twister.Hosting.Plot;

/// <summary>
/// Converts HTML note content to markdown on ingest, as Plot does (no markdown library is served by
/// this repository's package feed, so the converter is our own, over AngleSharp's HTML5 parser).
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
        var document = Parser.ParseDocument(html);
        var root = document.Body ?? document.DocumentElement;
        var lines = FlowRenderer.Render(root.ChildNodes, new RenderContext([], InTableCell: false), depth: 0);
        return string.Join("\n", lines);
    }
}
