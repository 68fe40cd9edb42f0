using Twister.Hosting.Plot.Markdown.Dom;

namespace Twister.Hosting.Plot.Markdown;

/// <summary>
/// <c>pre</c> as a fenced code block: its text exactly (indentation, tabs, blank lines; <c>br</c> as a
/// line break), a fence longer than any backtick run inside, and the language when the HTML names it.
/// </summary>
internal static class CodeBlockRenderer
{
    public static List<string> Render(HtmlElementNode pre, bool inTableCell)
    {
        var code = HtmlText.Of(pre, preformatted: true);
        if (code.EndsWith('\n')) code = code[..^1];   // the closing fence ends the last line
        if (code.Trim().Length == 0) return [];
        var lines = code.Split('\n');
        if (inTableCell)
        {
            // A table cell holds one line: each code line becomes a code span.
            return [string.Join("<br>", lines.Where(l => l.Trim().Length > 0).Select(l => MarkdownSyntax.CodeSpan(l.Trim())))];
        }
        var fence = MarkdownSyntax.Fence(code);
        return [fence + Language(pre), .. lines, fence];
    }

    /// <summary>
    /// The language the HTML names for a code block, or empty: <c>lang</c>/<c>data-lang</c>/<c>data-language</c>
    /// attributes; classes <c>language-x</c>, <c>lang-x</c> (on <c>pre</c> or its <c>code</c>), Jira's
    /// <c>code-x</c>, GitHub's <c>highlight-source-x</c> on the wrapping div; SyntaxHighlighter's
    /// <c>brush: x</c> (Confluence).
    /// </summary>
    public static string Language(HtmlElementNode pre)
    {
        var children = pre.Children.ToList();
        var code = children is [{ LocalName: "code" } only] ? only : null;
        foreach (var element in new[] { code, pre })
        {
            if (element is null) continue;
            foreach (var attribute in new[] { "lang", "data-lang", "data-language" })
            {
                if (Clean(element.GetAttribute(attribute)) is { } named) return named;
            }
            if (FromClass(element, "language-", "lang-") is { } classed) return classed;
        }
        if (FromClass(pre, "code-") is { } jira) return jira;
        if (Brush(pre) is { } brush) return brush;
        foreach (var wrapper in new[] { pre.ParentElement, pre.ParentElement?.ParentElement })
        {
            if (wrapper is not null && FromClass(wrapper, "highlight-source-", "highlight-text-") is { } github) return github;
        }
        return "";
    }

    private static string? FromClass(HtmlElementNode element, params string[] prefixes)
    {
        foreach (var name in element.ClassList)
        {
            foreach (var prefix in prefixes)
            {
                if (name.StartsWith(prefix, StringComparison.OrdinalIgnoreCase) && Clean(name[prefix.Length..]) is { } language) return language;
            }
        }
        return null;
    }

    /// <summary>SyntaxHighlighter parameters (<c>brush: java; gutter: false</c>) in the class or <c>data-syntaxhighlighter-params</c>.</summary>
    private static string? Brush(HtmlElementNode element)
    {
        foreach (var parameters in new[] { element.GetAttribute("data-syntaxhighlighter-params"), element.GetAttribute("class") })
        {
            if (parameters is null) continue;
            var start = parameters.IndexOf("brush:", StringComparison.OrdinalIgnoreCase);
            if (start < 0) continue;
            var value = parameters[(start + 6)..].TrimStart();
            var end = value.IndexOfAny([';', ' ']);
            return Clean(end < 0 ? value : value[..end]);
        }
        return null;
    }

    /// <summary>A language name fit for an info string (letters, digits, <c>+#._-</c>); none for "none".</summary>
    private static string? Clean(string? language)
    {
        if (string.IsNullOrWhiteSpace(language)) return null;
        var clean = new string([.. language.Trim().TakeWhile(c => char.IsAsciiLetterOrDigit(c) || c is '+' or '#' or '.' or '_' or '-')]);
        return clean.Length == 0 || clean.ToLowerInvariant() is "none" or "nohighlight" or "plain" ? null : clean;
    }
}
