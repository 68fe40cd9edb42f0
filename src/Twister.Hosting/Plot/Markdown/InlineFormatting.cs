using Twister.Hosting.Plot.Markdown.Dom;

namespace Twister.Hosting.Plot.Markdown;

/// <summary>The inline spans an element opens: from its name (b, em, del, a, q) and its inline style.</summary>
internal static class InlineFormatting
{
    private static readonly HashSet<string> FormattingNames = new(StringComparer.Ordinal)
    {
        "a", "q", "b", "strong", "i", "em", "cite", "var", "dfn", "s", "strike", "del",
    };

    /// <summary>The spans <paramref name="element"/> (with inline <paramref name="style"/>) opens, outermost first; a kind already open is skipped.</summary>
    public static IReadOnlyList<InlineSpan> SpansOf(HtmlElementNode element, IReadOnlyDictionary<string, string> style, IReadOnlyList<InlineSpan> open)
    {
        if (!FormattingNames.Contains(element.LocalName) && style.Count == 0) return [];
        var spans = new List<InlineSpan>(2);
        var weight = style.GetValueOrDefault("font-weight");
        var bold = element.LocalName is "b" or "strong"
            ? weight is not ("normal" or "400" or "300" or "200" or "100" or "lighter")
            : weight is "bold" or "bolder" or "600" or "700" or "800" or "900";
        var italic = element.LocalName is "i" or "em" or "cite" or "var" or "dfn"
            || style.GetValueOrDefault("font-style") is "italic" or "oblique";
        var struck = element.LocalName is "s" or "strike" or "del"
            || (style.GetValueOrDefault("text-decoration") ?? style.GetValueOrDefault("text-decoration-line") ?? "").Contains("line-through", StringComparison.Ordinal);

        if (element.LocalName == "a" && LinkDestination(element) is { } url) spans.Add(InlineSpan.Link(url, element.GetAttribute("title")));
        if (element.LocalName == "q") spans.Add(InlineSpan.Quotation);
        if (bold) spans.Add(InlineSpan.Strong);
        if (italic) spans.Add(InlineSpan.Emphasis);
        if (struck) spans.Add(InlineSpan.Strikethrough);
        for (var i = 0; i < spans.Count; i++)
        {
            if (spans[i].Kind != InlineSpanKind.Quotation && IsOpen(open, spans[i].Kind)) spans[i] = InlineSpan.None;
        }
        return spans;
    }

    private static bool IsOpen(IReadOnlyList<InlineSpan> open, InlineSpanKind kind)
    {
        for (var i = 0; i < open.Count; i++)
        {
            if (open[i].Kind == kind) return true;
        }
        return false;
    }

    /// <summary>
    /// A link's destination, or null when it leads nowhere a reader can follow: no or empty
    /// <c>href</c>, a bare <c>#</c>, or a <c>javascript:</c> URL (the text is kept, the link dropped).
    /// </summary>
    private static string? LinkDestination(HtmlElementNode anchor)
    {
        var href = anchor.GetAttribute("href")?.Trim();
        if (string.IsNullOrEmpty(href) || href == "#") return null;
        var scheme = new string([.. href.Where(c => !char.IsWhiteSpace(c) && !char.IsControl(c))]);
        return scheme.StartsWith("javascript:", StringComparison.OrdinalIgnoreCase) ? null : href;
    }
}
