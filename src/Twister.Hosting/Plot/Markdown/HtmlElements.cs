using Twister.Hosting.Plot.Markdown.Dom;

namespace Twister.Hosting.Plot.Markdown;

/// <summary>
/// Sorts HTML elements into what the converter does with them, as a browser would show them: what is
/// hidden or not content is skipped, block elements start new lines or blocks, the rest flows inline.
/// </summary>
internal static class HtmlElements
{
    private static readonly HashSet<string> SkippedNames = new(StringComparer.Ordinal)
    {
        "script", "style", "template", "noscript", "head", "title", "meta", "link", "base",
        "svg", "canvas", "select", "datalist", "object", "map", "area", "source", "track", "param", "wbr",
    };

    private static readonly HashSet<string> ContainerNames = new(StringComparer.Ordinal)
    {
        "html", "body", "div", "section", "article", "header", "footer", "main", "nav", "aside", "address",
        "center", "details", "summary", "dialog", "search", "figure", "figcaption", "form", "fieldset", "legend",
        "dl", "dt", "dd", "hgroup", "li", "caption", "thead", "tbody", "tfoot", "tr", "td", "th",
    };

    private static readonly IReadOnlyDictionary<string, string> NoStyle = new Dictionary<string, string>();

    private static readonly string[] MonospaceFonts = ["monospace", "courier", "consolas", "menlo", "monaco", "source code pro", "sfmono", "sf mono"];

    public static ElementKind Classify(HtmlElementNode element) => Classify(element, out _);

    /// <summary>How the converter treats <paramref name="element"/>; <paramref name="style"/> is its parsed inline style.</summary>
    public static ElementKind Classify(HtmlElementNode element, out IReadOnlyDictionary<string, string> style)
    {
        var name = element.LocalName;
        style = Style(element);
        if (SkippedNames.Contains(name) || IsHidden(element, style)) return ElementKind.Skipped;
        switch (name)
        {
            case "br": return ElementKind.LineBreak;
            case "p": return IsWordParagraph(element) ? ElementKind.Container : ElementKind.Paragraph;
            case "h1" or "h2" or "h3" or "h4" or "h5" or "h6": return ElementKind.Heading;
            case "ul" or "ol" or "menu" or "dir": return ElementKind.List;
            case "blockquote": return ElementKind.Quote;
            case "pre" or "listing" or "xmp" or "plaintext": return ElementKind.Preformatted;
            case "hr": return ElementKind.Rule;
            case "table": return ElementKind.Table;
            case "img": return IsTrackingPixel(element) ? ElementKind.Skipped : ElementKind.Image;
            case "code" or "kbd" or "samp" or "tt": return ElementKind.Code;
            case "input": return IsCheckbox(element) ? ElementKind.Checkbox : ElementKind.Skipped;
            case "iframe" or "video" or "audio" or "embed": return string.IsNullOrWhiteSpace(element.GetAttribute("src")) ? ElementKind.Skipped : ElementKind.Media;
        }
        if (ContainerNames.Contains(name)) return ElementKind.Container;
        return name is "span" or "font" && IsMonospace(element, style) ? ElementKind.Code : ElementKind.Inline;
    }

    /// <summary>Whether the element's class list has <paramref name="className"/>.</summary>
    public static bool HasClass(HtmlElementNode element, string className) => element.ClassList.Contains(className);

    /// <summary>Parses an inline <c>style</c> attribute into lower-cased property/value pairs.</summary>
    public static IReadOnlyDictionary<string, string> Style(HtmlElementNode element)
    {
        var text = element.GetAttribute("style");
        if (string.IsNullOrEmpty(text)) return NoStyle;
        var style = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var declaration in text.Split(';'))
        {
            var colon = declaration.IndexOf(':');
            if (colon <= 0) continue;
            style[declaration[..colon].Trim().ToLowerInvariant()] = declaration[(colon + 1)..].Replace("!important", "").Trim().ToLowerInvariant();
        }
        return style;
    }

    /// <summary>Whether an <c>input</c> is a checkbox (or radio button): a task list marker.</summary>
    public static bool IsCheckbox(HtmlElementNode element)
        => element.GetAttribute("type")?.Trim().ToLowerInvariant() is "checkbox" or "radio";

    private static bool IsHidden(HtmlElementNode element, IReadOnlyDictionary<string, string> style)
    {
        if (element.HasAttribute("hidden")) return true;
        return style.GetValueOrDefault("display") == "none"
            || style.GetValueOrDefault("visibility") == "hidden"
            || style.GetValueOrDefault("mso-hide") == "all";
    }

    /// <summary>Text set in a monospace font (mail clients and Google Docs mark code this way).</summary>
    private static bool IsMonospace(HtmlElementNode element, IReadOnlyDictionary<string, string> style)
    {
        var family = (style.GetValueOrDefault("font-family") ?? element.GetAttribute("face") ?? "").ToLowerInvariant();
        return MonospaceFonts.Any(font => family.Contains(font, StringComparison.Ordinal));
    }

    /// <summary>Word and Outlook mark every line a <c>p class="Mso..."</c> and set its margins to zero.</summary>
    private static bool IsWordParagraph(HtmlElementNode element)
        => element.GetAttribute("class")?.Contains("Mso", StringComparison.Ordinal) == true
            && element.ClassList.Any(c => c.StartsWith("Mso", StringComparison.Ordinal));

    /// <summary>A 1×1 (or 0×0) image, as e-mails carry to track opens: not content.</summary>
    private static bool IsTrackingPixel(HtmlElementNode image)
        => IsAtMostOnePixel(image.GetAttribute("width")) && IsAtMostOnePixel(image.GetAttribute("height"));

    private static bool IsAtMostOnePixel(string? size)
        => size is not null && int.TryParse(size.Trim().TrimEnd('x', 'p'), out var pixels) && pixels <= 1;
}
