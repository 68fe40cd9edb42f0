namespace Twister.Hosting.Plot.Markdown;

/// <summary>
/// Inline formatting around content: emphasis, strikethrough, a quotation or a link. Its markers are
/// written only around content (never around nothing or whitespace), and closed and reopened at line
/// breaks so every line is valid markdown on its own.
/// </summary>
/// <param name="Kind">What the span is; a span of a kind already open is written without markers.</param>
/// <param name="Open">The opening marker.</param>
/// <param name="Close">The closing marker.</param>
/// <param name="Url">For a link, its destination as written (to recognise autolinks).</param>
internal sealed record InlineSpan(InlineSpanKind Kind, string Open, string Close, string? Url = null)
{
    public static InlineSpan Strong { get; } = new(InlineSpanKind.Strong, "**", "**");

    public static InlineSpan Emphasis { get; } = new(InlineSpanKind.Emphasis, "*", "*");

    public static InlineSpan Strikethrough { get; } = new(InlineSpanKind.Strikethrough, "~~", "~~");

    public static InlineSpan Quotation { get; } = new(InlineSpanKind.Quotation, "\"", "\"");

    /// <summary>A span that writes nothing (formatting already in effect).</summary>
    public static InlineSpan None { get; } = new(InlineSpanKind.None, "", "");

    public static InlineSpan Link(string url, string? title)
        => new(InlineSpanKind.Link, "[", $"]({MarkdownSyntax.Destination(url)}{MarkdownSyntax.Title(title)})", url);
}

/// <summary>The kinds of <see cref="InlineSpan"/>.</summary>
internal enum InlineSpanKind
{
    None,
    Strong,
    Emphasis,
    Strikethrough,
    Quotation,
    Link,
}
