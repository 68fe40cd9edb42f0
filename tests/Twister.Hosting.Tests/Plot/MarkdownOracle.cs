using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Markdig;

namespace Twister.Hosting.Tests.Plot;

/// <summary>
/// Checks the converter's output independently of it: Markdig (CommonMark with GFM tables, task lists,
/// strikethrough) renders the markdown back to HTML, and the characters a reader sees must be those of
/// the source HTML. Whitespace is ignored (layout may differ); a lost word, or a markdown character
/// that was not escaped and turned into syntax, is not.
/// </summary>
internal static class MarkdownOracle
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .UsePipeTables()
        .UseTaskLists()
        .UseEmphasisExtras(Markdig.Extensions.EmphasisExtras.EmphasisExtraOptions.Strikethrough)
        .Build();

    private static readonly HtmlParser Parser = new(new HtmlParserOptions { IsScripting = true });

    private static readonly HashSet<string> Invisible = ["script", "style", "template", "noscript", "head", "title", "svg", "select", "object"];

    /// <summary>The visible characters (no whitespace) of HTML as a browser shows it (with quotation marks around <c>q</c>; an emoji image, or one without a source, as its alt text).</summary>
    public static string VisibleText(string html)
    {
        var document = Parser.ParseDocument(html);
        var text = new StringBuilder();
        Collect(document.Body ?? document.DocumentElement, text);
        return text.ToString();
    }

    /// <summary>The visible characters (no whitespace) of markdown as Markdig renders it.</summary>
    public static string RenderedText(string markdown) => VisibleText(Markdown.ToHtml(markdown, Pipeline));

    /// <summary>The HTML Markdig renders from <paramref name="markdown"/> (to assert on structure).</summary>
    public static IDocument Render(string markdown) => Parser.ParseDocument(Markdown.ToHtml(markdown, Pipeline));

    private static void Collect(INode node, StringBuilder text)
    {
        var pending = new Stack<INode>();
        pending.Push(node);
        while (pending.Count > 0)
        {
            var current = pending.Pop();
            if (current is IText textNode)
            {
                foreach (var c in textNode.Data)
                {
                    if (!char.IsWhiteSpace(c) && c is not ('\u200B' or '\uFEFF' or '\u00AD')) text.Append(c);
                }
                continue;
            }
            if (current is not IElement element || IsHidden(element)) continue;
            if (element.LocalName == "img" && ShowsAlt(element)) text.Append(element.GetAttribute("alt")?.Replace(" ", ""));
            if (element.LocalName == "q")
            {
                text.Append('"');
                pending.Push(element.Owner!.CreateTextNode("\""));   // the closing mark, after the children
            }
            for (var child = element.LastChild; child is not null; child = child.PreviousSibling) pending.Push(child);
        }
    }

    private static bool IsHidden(IElement element)
    {
        var style = (element.GetAttribute("style") ?? "").Replace(" ", "").ToLowerInvariant();
        return Invisible.Contains(element.LocalName) || element.HasAttribute("hidden")
            || style.Contains("display:none") || style.Contains("mso-hide:all") || style.Contains("visibility:hidden");
    }

    /// <summary>An image a reader sees as its alt text: an emoji, or an image without a source.</summary>
    private static bool ShowsAlt(IElement image)
        => string.IsNullOrWhiteSpace(image.GetAttribute("src")) || image.ParentElement?.LocalName == "emoji"
            || (image.GetAttribute("class") ?? "").Contains("emo", StringComparison.OrdinalIgnoreCase);
}
