using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Twister.Hosting.Plot;

/// <summary>
/// Converts HTML note content to markdown on ingest, as Plot does. No markdown library is served by
/// this repository's package feed, so this is a small converter over AngleSharp's HTML5 parser covering
/// what issue trackers emit: paragraphs, line breaks, headings, emphasis, code, links, lists, quotes.
/// Unknown elements contribute their text.
/// </summary>
internal static class HtmlToMarkdown
{
    private static readonly HtmlParser Parser = new();

    public static string Convert(string html)
    {
        var document = Parser.ParseDocument(html);
        var output = new StringBuilder();
        WriteChildren(document.Body!, output, listDepth: 0);
        return CollapseBlankLines(output.ToString());
    }

    private static void WriteChildren(INode node, StringBuilder output, int listDepth)
    {
        foreach (var child in node.ChildNodes) Write(child, output, listDepth);
    }

    private static void Write(INode node, StringBuilder output, int listDepth)
    {
        if (node is IText text)
        {
            output.Append(CollapseWhitespace(text.Data));
            return;
        }
        if (node is not IElement element) return;
        switch (element.LocalName)
        {
            case "p" or "div":
                Block(output);
                WriteChildren(element, output, listDepth);
                Block(output);
                break;
            case "br":
                output.Append('\n');
                break;
            case "h1" or "h2" or "h3" or "h4" or "h5" or "h6":
                Block(output);
                output.Append('#', element.LocalName[1] - '0').Append(' ');
                WriteChildren(element, output, listDepth);
                Block(output);
                break;
            case "strong" or "b":
                Wrap(element, output, listDepth, "**");
                break;
            case "em" or "i":
                Wrap(element, output, listDepth, "_");
                break;
            case "code" when element.ParentElement?.LocalName != "pre":
                output.Append('`').Append(element.TextContent).Append('`');
                break;
            case "pre":
                Block(output);
                output.Append("```\n").Append(element.TextContent.TrimEnd('\n')).Append("\n```");
                Block(output);
                break;
            case "a":
                output.Append('[');
                WriteChildren(element, output, listDepth);
                output.Append("](").Append(element.GetAttribute("href") ?? "").Append(')');
                break;
            case "ul" or "ol":
                Block(output);
                WriteList(element, output, listDepth);
                Block(output);
                break;
            case "blockquote":
                Block(output);
                var inner = new StringBuilder();
                WriteChildren(element, inner, listDepth);
                foreach (var line in CollapseBlankLines(inner.ToString()).Split('\n')) output.Append("> ").Append(line).Append('\n');
                Block(output);
                break;
            case "script" or "style":
                break;
            default:
                WriteChildren(element, output, listDepth);
                break;
        }
    }

    private static void WriteList(IElement list, StringBuilder output, int listDepth)
    {
        var number = 1;
        foreach (var item in list.Children.Where(c => c.LocalName == "li"))
        {
            if (output.Length > 0 && output[^1] != '\n') output.Append('\n');
            output.Append(' ', listDepth * 2).Append(list.LocalName == "ol" ? $"{number++}. " : "- ");
            var content = new StringBuilder();
            WriteChildren(item, content, listDepth + 1);
            output.Append(CollapseBlankLines(content.ToString()).Trim('\n'));
        }
    }

    private static void Wrap(IElement element, StringBuilder output, int listDepth, string marker)
    {
        output.Append(marker);
        WriteChildren(element, output, listDepth);
        output.Append(marker);
    }

    private static void Block(StringBuilder output)
    {
        if (output.Length > 0) output.Append("\n\n");
    }

    private static string CollapseWhitespace(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                if (builder.Length == 0 || builder[^1] != ' ') builder.Append(' ');
            }
            else builder.Append(c);
        }
        return builder.ToString();
    }

    /// <summary>Trims spaces around line breaks and keeps at most one blank line between blocks.</summary>
    private static string CollapseBlankLines(string markdown)
    {
        var lines = markdown.Split('\n').Select(l => l.Trim(' ')).ToList();
        var builder = new StringBuilder();
        var blank = 0;
        foreach (var line in lines)
        {
            if (line.Length == 0)
            {
                blank++;
                continue;
            }
            if (builder.Length > 0) builder.Append(blank > 0 ? "\n\n" : "\n");
            builder.Append(line);
            blank = 0;
        }
        return builder.ToString();
    }
}
