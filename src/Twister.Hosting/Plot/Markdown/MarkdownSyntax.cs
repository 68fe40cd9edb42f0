using System.Text;
using System.Text.RegularExpressions;

namespace Twister.Hosting.Plot.Markdown;

/// <summary>
/// Markdown (CommonMark + GFM) syntax for literal content: escapes for text, code spans, fences,
/// link destinations and titles. Escapes only what markdown would read as syntax, so text stays readable.
/// </summary>
internal static partial class MarkdownSyntax
{
    /// <summary>Appends text character <paramref name="text"/>[<paramref name="index"/>], escaped where markdown would read it as syntax.</summary>
    /// <param name="output">Where to write.</param>
    /// <param name="text">The text the character belongs to (for look-ahead).</param>
    /// <param name="index">The character's position in <paramref name="text"/>.</param>
    /// <param name="previous">The character written before it, or '\n' at the start of a line.</param>
    public static void AppendEscaped(StringBuilder output, string text, int index, char previous)
    {
        var c = text[index];
        var next = index + 1 < text.Length ? text[index + 1] : '\0';
        var escape = c switch
        {
            '\\' or '*' or '`' or '[' or ']' or '~' => true,
            // Inside a word an underscore cannot start or end emphasis (snake_case stays as written).
            '_' => !(char.IsLetterOrDigit(previous) && char.IsLetterOrDigit(next)),
            // Could start an autolink or inline HTML (unknown what follows at the end of a text node).
            '<' => next == '\0' || char.IsLetter(next) || next is '/' or '!' or '?',
            '&' => EntityLike().IsMatch(text.AsSpan(index)),
            _ => false,
        };
        if (escape) output.Append('\\');
        output.Append(c);
    }

    /// <summary>
    /// Escapes what would make a line of text a block of another kind: a heading, quote, list item,
    /// setext underline or thematic break. Applied to each finished line of a paragraph, whose own
    /// markup (emphasis, links, images, code spans, task markers) never starts like these.
    /// </summary>
    public static string EscapeLineStart(string line)
    {
        if (line.Length == 0) return line;
        if (line[0] is '#' && AtxHeadingStart().IsMatch(line)) return "\\" + line;
        if (line[0] is '>') return "\\" + line;
        if (line[0] is '-' or '+' or '=' && (line.Length == 1 || line[1] is ' ' or '\t' || SetextUnderline().IsMatch(line))) return "\\" + line;
        if (!char.IsAsciiDigit(line[0])) return line;
        var ordered = OrderedListStart().Match(line);
        return ordered.Success ? line.Insert(ordered.Groups[1].Length, "\\") : line;
    }

    /// <summary>A code span holding <paramref name="code"/> (one line): a backtick fence longer than any run inside, padded when needed.</summary>
    public static string CodeSpan(string code)
    {
        var fence = 1;
        while (HasRunOfExactly(code, '`', fence)) fence++;
        var ticks = new string('`', fence);
        var pad = code.StartsWith('`') || code.EndsWith('`') || (code.StartsWith(' ') && code.EndsWith(' ')) ? " " : "";
        return ticks + pad + code + pad + ticks;
    }

    /// <summary>A code fence for <paramref name="code"/>: three backticks, or one more than its longest run.</summary>
    public static string Fence(string code) => new('`', Math.Max(3, LongestRun(code, '`') + 1));

    /// <summary>A link or image destination: control characters removed, spaces, parentheses and angle brackets percent-encoded.</summary>
    public static string Destination(string url)
    {
        var output = new StringBuilder(url.Length);
        foreach (var c in url.Trim())
        {
            if (char.IsControl(c)) continue;
            output.Append(c switch
            {
                ' ' => "%20",
                '(' => "%28",
                ')' => "%29",
                '<' => "%3C",
                '>' => "%3E",
                _ => c.ToString(),
            });
        }
        return output.ToString();
    }

    /// <summary>A link or image title (<c> "title"</c>), or empty when there is none.</summary>
    public static string Title(string? title)
    {
        var collapsed = CollapseWhitespace(title ?? "").Trim();
        return collapsed.Length == 0 ? "" : $" \"{collapsed.Replace("\\", "\\\\").Replace("\"", "\\\"")}\"";
    }

    /// <summary>
    /// When a link's text is its own URL (or its e-mail address, for <c>mailto:</c>), the autolink that
    /// says it once; otherwise null.
    /// </summary>
    /// <param name="url">The link's destination as written in the HTML.</param>
    /// <param name="linkMarkdown">The link text as written in markdown (escaped).</param>
    public static string? Autolink(string url, string linkMarkdown)
    {
        url = url.Trim();
        var text = Unescape(linkMarkdown);
        if (url.Any(c => c is '<' or '>' || char.IsWhiteSpace(c) || char.IsControl(c))) return null;
        if (text == url && AbsoluteUri().IsMatch(url)) return $"<{url}>";
        if (url.StartsWith("mailto:", StringComparison.OrdinalIgnoreCase) && text == url[7..] && EmailAddress().IsMatch(text)) return $"<{text}>";
        return null;
    }

    /// <summary>A link whose text is its URL: an autolink where markdown allows one.</summary>
    public static string LinkTo(string url)
    {
        var text = EscapeText(url.Trim());
        return Autolink(url, text) ?? $"[{text}]({Destination(url)})";
    }

    /// <summary>Text with every run of HTML whitespace (space, tab, line feed, form feed, carriage return) as one space.</summary>
    public static string CollapseWhitespace(string text)
    {
        var output = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (IsHtmlWhitespace(c))
            {
                if (output.Length == 0 || output[^1] != ' ') output.Append(' ');
            }
            else output.Append(c);
        }
        return output.ToString();
    }

    /// <summary>Text escaped as a whole (alt texts); see <see cref="AppendEscaped"/>.</summary>
    public static string EscapeText(string text)
    {
        var output = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++) AppendEscaped(output, text, i, i == 0 ? ' ' : text[i - 1]);
        return output.ToString();
    }

    /// <summary>Removes the backslash escapes <see cref="AppendEscaped"/> adds (to compare link text with its URL).</summary>
    public static string Unescape(string markdown) => BackslashEscape().Replace(markdown, "$1");

    /// <summary>Whitespace as HTML defines it (collapsed in normal flow); no-break space is not.</summary>
    public static bool IsHtmlWhitespace(char c) => c is ' ' or '\t' or '\n' or '\f' or '\r';

    private static int LongestRun(string text, char c)
    {
        int longest = 0, run = 0;
        foreach (var ch in text)
        {
            run = ch == c ? run + 1 : 0;
            longest = Math.Max(longest, run);
        }
        return longest;
    }

    private static bool HasRunOfExactly(string text, char c, int length)
    {
        var run = 0;
        for (var i = 0; i <= text.Length; i++)
        {
            if (i < text.Length && text[i] == c) run++;
            else
            {
                if (run == length) return true;
                run = 0;
            }
        }
        return false;
    }

    [GeneratedRegex(@"^[A-Za-z][A-Za-z0-9+.-]{1,31}:")]
    private static partial Regex AbsoluteUri();

    [GeneratedRegex(@"^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*$")]
    private static partial Regex EmailAddress();

    [GeneratedRegex(@"^&#?[A-Za-z0-9]+;")]
    private static partial Regex EntityLike();

    [GeneratedRegex(@"^#{1,6}(\s|$)")]
    private static partial Regex AtxHeadingStart();

    [GeneratedRegex(@"^(=+|-+)\s*$")]
    private static partial Regex SetextUnderline();

    [GeneratedRegex(@"^(\d{1,9})[.)](\s|$)")]
    private static partial Regex OrderedListStart();

    [GeneratedRegex(@"\\([!-/:-@\[-`{-~])")]
    private static partial Regex BackslashEscape();
}
