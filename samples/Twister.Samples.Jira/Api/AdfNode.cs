using System.Text;
using System.Text.Json.Serialization;

namespace Twister.Samples.Jira.Api;

/// <summary>
/// A node of the Atlassian Document Format, the JSON rich text of Jira's REST API v3 (descriptions and
/// comment bodies), with its plain-text form. Marks and attributes are not read: the connector syncs
/// descriptions as Jira's rendered HTML, and comments as the plain text of their blocks.
/// </summary>
/// <param name="Type">The node type (<c>doc</c>, <c>paragraph</c>, <c>text</c>, <c>bulletList</c>, ...).</param>
/// <param name="Version">1 on a <c>doc</c> node.</param>
/// <param name="Text">The text of a <c>text</c> node.</param>
/// <param name="Content">The child nodes.</param>
public sealed record AdfNode(
    string Type,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] int? Version = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Text = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyList<AdfNode>? Content = null)
{
    private static readonly string[] BlankLines = ["\r\n\r\n", "\n\n"];

    /// <summary>
    /// A document of one paragraph per block of <paramref name="text"/> (blocks are separated by a blank
    /// line), as Jira's editor stores plain text. <see cref="ToText"/> of it gives the blocks back, trimmed.
    /// </summary>
    /// <param name="text">Plain text (a Plot note's markdown is sent as it is written).</param>
    public static AdfNode FromText(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var blocks = text.Split(BlankLines, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return new AdfNode("doc", Version: 1, Content: [.. blocks.Select(b => new AdfNode("paragraph", Content: [new AdfNode("text", Text: b)]))]);
    }

    /// <summary>
    /// The plain text: the text of each top-level block, blocks separated by a blank line, list items on
    /// lines of their own (<c>* </c>, or <c>1. </c> in an ordered list), hard breaks as line breaks.
    /// </summary>
    public string ToText()
        => string.Join("\n\n", (Type == "doc" ? Content ?? [] : [this]).Select(BlockText).Where(b => b.Length > 0));

    /// <summary>A one-line preview of at most <paramref name="length"/> characters (whitespace collapsed, an ellipsis when cut).</summary>
    /// <param name="length">The most characters.</param>
    public string Preview(int length)
    {
        var line = string.Join(' ', ToText().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return line.Length <= length ? line : string.Concat(line.AsSpan(0, length - 1).TrimEnd(), "…");
    }

    private static string BlockText(AdfNode block) => block.Type switch
    {
        "bulletList" => string.Join('\n', (block.Content ?? []).Select(item => "* " + item.InlineText())),
        "orderedList" => string.Join('\n', (block.Content ?? []).Select((item, i) => $"{i + 1}. {item.InlineText()}")),
        _ => block.InlineText(),
    };

    private string InlineText()
    {
        if (Type == "text") return Text ?? "";
        if (Type == "hardBreak") return "\n";
        var text = new StringBuilder();
        foreach (var child in Content ?? []) text.Append(child.InlineText());
        return text.ToString();
    }
}
