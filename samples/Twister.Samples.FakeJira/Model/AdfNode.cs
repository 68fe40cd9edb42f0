using System.Net;
using System.Text;
using System.Text.Json.Serialization;

namespace Twister.Samples.FakeJira.Model;

/// <summary>
/// A node of the Atlassian Document Format, the JSON rich text of Jira Cloud's v3 API (descriptions
/// and comment bodies). The fake reads and writes the nodes it needs: <c>doc</c>, <c>paragraph</c>,
/// <c>heading</c>, <c>bulletList</c>, <c>listItem</c>, <c>hardBreak</c> and <c>text</c> with marks.
/// </summary>
/// <param name="Type">The node type.</param>
/// <param name="Version">1 on the <c>doc</c> node.</param>
/// <param name="Text">The text of a <c>text</c> node.</param>
/// <param name="Marks">Marks of a <c>text</c> node (<c>strong</c>, <c>em</c>, <c>code</c>).</param>
/// <param name="Content">Child nodes.</param>
public sealed record AdfNode(
    string Type,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] int? Version = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Text = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyList<AdfMark>? Marks = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyList<AdfNode>? Content = null)
{
    /// <summary>A document of one paragraph per blank-line-separated block of <paramref name="text"/>, as Jira's editor stores plain text.</summary>
    /// <param name="text">Plain text.</param>
    public static AdfNode FromText(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var blocks = text.Trim().Split(["\r\n\r\n", "\n\n"], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return Doc([.. blocks.Select(b => Paragraph(new AdfNode("text", Text: b)))]);
    }

    /// <summary>A <c>doc</c> node.</summary>
    /// <param name="blocks">Its block nodes.</param>
    public static AdfNode Doc(params AdfNode[] blocks) => new("doc", Version: 1, Content: blocks);

    /// <summary>A <c>paragraph</c> node.</summary>
    /// <param name="inline">Its inline nodes.</param>
    public static AdfNode Paragraph(params AdfNode[] inline) => new("paragraph", Content: inline);

    /// <summary>A <c>text</c> node, optionally marked.</summary>
    /// <param name="text">The text.</param>
    /// <param name="marks">Mark types (<c>strong</c>, <c>em</c>, <c>code</c>).</param>
    public static AdfNode Span(string text, params string[] marks) => new("text", Text: text, Marks: marks.Length == 0 ? null : [.. marks.Select(m => new AdfMark(m))]);

    /// <summary>A <c>bulletList</c> of one paragraph per item.</summary>
    /// <param name="items">The items' texts.</param>
    public static AdfNode BulletList(params string[] items) => new("bulletList", Content: [.. items.Select(i => new AdfNode("listItem", Content: [Paragraph(Span(i))]))]);

    /// <summary>
    /// Plain text: blocks separated by a blank line, list items on lines of their own with <c>* </c>.
    /// Webhook payloads carry descriptions and comment bodies in this form (a string, not ADF), as Jira's do.
    /// </summary>
    public string ToPlainText()
    {
        var blocks = new List<string>();
        foreach (var block in Content ?? []) blocks.Add(block.Type == "bulletList" ? string.Join('\n', (block.Content ?? []).Select(item => "* " + item.InlineText())) : block.InlineText());
        return string.Join("\n\n", blocks.Where(b => b.Length > 0));
    }

    /// <summary>The HTML Jira renders for <c>expand=renderedFields</c> / <c>renderedBody</c>.</summary>
    public string ToHtml()
    {
        var html = new StringBuilder();
        AppendHtml(html);
        return html.ToString();
    }

    private string InlineText() => Type switch
    {
        "text" => Text ?? "",
        "hardBreak" => "\n",
        _ => string.Concat((Content ?? []).Select(c => c.InlineText())),
    };

    private void AppendHtml(StringBuilder html)
    {
        var (open, close) = Type switch
        {
            "paragraph" => ("<p>", "</p>"),
            "heading" => ("<h2>", "</h2>"),
            "bulletList" => ("<ul>", "</ul>"),
            "listItem" => ("<li>", "</li>"),
            _ => ("", ""),
        };
        if (Type == "hardBreak") { html.Append("<br/>"); return; }
        if (Type == "text")
        {
            var marks = Marks ?? [];
            foreach (var mark in marks) html.Append('<').Append(MarkTag(mark.Type)).Append('>');
            html.Append(WebUtility.HtmlEncode(Text ?? ""));
            foreach (var mark in marks.Reverse()) html.Append("</").Append(MarkTag(mark.Type)).Append('>');
            return;
        }
        html.Append(open);
        foreach (var child in Content ?? []) child.AppendHtml(html);
        html.Append(close);
    }

    private static string MarkTag(string mark) => mark switch { "strong" => "b", "em" => "em", "code" => "tt", "strike" => "del", _ => "span" };
}

/// <summary>A mark on an ADF <c>text</c> node.</summary>
/// <param name="Type">The mark type.</param>
public sealed record AdfMark(string Type);
