using System.Text;

namespace Twister.Samples.Slack.Text;

/// <summary>
/// One conversion of a Plot note's Markdown to mrkdwn, by a single scan: <c>**bold**</c> → <c>*bold*</c>,
/// <c>*italic*</c>/<c>_italic_</c> → <c>_italic_</c>, <c>~~strike~~</c> → <c>~strike~</c>, links →
/// <c>&lt;url|label&gt;</c>, headings → bold lines, list bullets → <c>•</c>, code kept; <c>&amp;</c>,
/// <c>&lt;</c> and <c>&gt;</c> escaped as Slack requires.
/// </summary>
internal sealed class MarkdownToMrkdwn(string source)
{
    private const string Fence = "```";
    private readonly StringBuilder _out = new(source.Length + 16);

    public string Convert()
    {
        Span(0, source.Length);
        return _out.ToString();
    }

    private void Span(int start, int end)
    {
        var i = start;
        while (i < end)
        {
            var c = source[i];
            var lineStart = i == 0 || source[i - 1] == '\n';
            if (lineStart && StartsWith(i, Fence))
            {
                i = FencedBlock(i, end);
            }
            else if (lineStart && Heading(i, end) is var text and > 0)
            {
                var lineEnd = LineEnd(i, end);
                _out.Append('*');
                Span(text, lineEnd);
                _out.Append('*');
                i = lineEnd;
            }
            else if (lineStart && c is '-' or '*' or '+' && i + 1 < end && source[i + 1] == ' ')
            {
                _out.Append("• ");
                i += 2;
            }
            else if (c == '`' && InlineCode(i, end) is var after and > 0)
            {
                i = after;
            }
            else if (c == '\\' && i + 1 < end && char.IsAsciiLetterOrDigit(source[i + 1]) is false && !char.IsWhiteSpace(source[i + 1]))
            {
                Text(source[i + 1]);
                i += 2;
            }
            else if (c == '[' && Link(i, end) is var linkEnd and > 0)
            {
                i = linkEnd;
            }
            else if (c == '<' && Autolink(i, end) is var autolinkEnd and > 0)
            {
                i = autolinkEnd;
            }
            else if (c is '*' or '_' or '~' && Emphasis(i, end) is var emphasisEnd and > 0)
            {
                i = emphasisEnd;
            }
            else
            {
                Text(c);
                i++;
            }
        }
    }

    private int FencedBlock(int i, int end)
    {
        var contentStart = LineEnd(i, end) + 1; // the info string (a language) is dropped
        var close = contentStart;
        while (close < end && !StartsWith(close, Fence)) close = LineEnd(close, end) + 1;
        var content = contentStart >= Math.Min(close, end) ? "" : source[contentStart..Math.Min(close, end)].TrimEnd('\n');
        _out.Append(Fence).Append('\n');
        Text(content);
        _out.Append('\n').Append(Fence);
        return close >= end ? end : LineEnd(close, end);
    }

    /// <summary>Where a heading's text starts (after <c>#</c>…<c>######</c> and a space), or 0.</summary>
    private int Heading(int i, int end)
    {
        var j = i;
        while (j < end && source[j] == '#' && j - i < 6) j++;
        return j > i && j < end && source[j] == ' ' ? j + 1 : 0;
    }

    private int InlineCode(int i, int end)
    {
        var run = Run(i, end, '`');
        for (var j = i + run; j < end; j++)
        {
            if (source[j] != '`') continue;
            var closing = Run(j, end, '`');
            if (closing != run)
            {
                j += closing - 1;
                continue;
            }
            var content = source[(i + run)..j];
            if (content.Length > 1 && content[0] == ' ' && content[^1] == ' ') content = content[1..^1];
            _out.Append('`');
            Text(content);
            _out.Append('`');
            return j + run;
        }
        return 0;
    }

    /// <summary><c>[label](url)</c> → <c>&lt;url|label&gt;</c> (a label carries no formatting in Slack).</summary>
    private int Link(int i, int end)
    {
        var close = source.IndexOf(']', i + 1, end - i - 1);
        if (close < 0 || close + 1 >= end || source[close + 1] != '(') return 0;
        var urlEnd = source.IndexOf(')', close + 2, end - close - 2);
        if (urlEnd < 0) return 0;
        var url = source[(close + 2)..urlEnd].Trim().Trim('<', '>');
        if (url.Length == 0 || url.Contains(' ', StringComparison.Ordinal)) return 0;
        var label = Unescape(source[(i + 1)..close]);
        _out.Append('<');
        Text(url);
        if (label.Length > 0 && label != url)
        {
            _out.Append('|');
            Text(label);
        }
        _out.Append('>');
        return urlEnd + 1;
    }

    /// <summary>A Markdown autolink <c>&lt;https://…&gt;</c>, which is Slack's link syntax too.</summary>
    private int Autolink(int i, int end)
    {
        var close = source.IndexOfAny(['>', ' ', '\n', '<'], i + 1, end - i - 1);
        if (close < 0 || source[close] != '>') return 0;
        var url = source[(i + 1)..close];
        var colon = url.IndexOf(':', StringComparison.Ordinal);
        if (colon < 2 || !url[..colon].All(char.IsAsciiLetter)) return 0;
        _out.Append('<');
        Text(url);
        _out.Append('>');
        return close + 1;
    }

    /// <summary><c>**b**</c>/<c>__b__</c> → <c>*b*</c>, <c>*i*</c>/<c>_i_</c> → <c>_i_</c>, <c>***x***</c> → <c>*_x_*</c>, <c>~~s~~</c> → <c>~s~</c>, on one line.</summary>
    private int Emphasis(int i, int end)
    {
        var marker = source[i];
        var run = Math.Min(Run(i, end, marker), 3);
        if (marker == '~' && run != 2) return 0;
        var contentStart = i + run;
        if (contentStart >= end || char.IsWhiteSpace(source[contentStart])) return 0;
        if (marker == '_' && i > 0 && char.IsLetterOrDigit(source[i - 1])) return 0; // intraword underscores are text
        for (var j = contentStart + 1; j < end; j++)
        {
            var c = source[j];
            if (c == '\n') return 0;
            if (c == '`' && InlineCodeEnd(j, end) is var codeEnd and > 0)
            {
                j = codeEnd - 1;
                continue;
            }
            if (c != marker || Run(j, end, marker) != run || char.IsWhiteSpace(source[j - 1])) continue;
            if (marker == '_' && j + run < end && char.IsLetterOrDigit(source[j + run])) continue;
            var (open, shut) = marker == '~' ? ("~", "~") : run switch { 1 => ("_", "_"), 2 => ("*", "*"), _ => ("*_", "_*") };
            _out.Append(open);
            Span(contentStart, j);
            _out.Append(shut);
            return j + run;
        }
        return 0;
    }

    private int InlineCodeEnd(int i, int end)
    {
        var close = source.IndexOf('`', i + 1, end - i - 1);
        return close < 0 ? 0 : close + 1;
    }

    private int Run(int i, int end, char c)
    {
        var j = i;
        while (j < end && source[j] == c) j++;
        return j - i;
    }

    private int LineEnd(int i, int end)
    {
        var newline = source.IndexOf('\n', i, end - i);
        return newline < 0 ? end : newline;
    }

    private bool StartsWith(int i, string text) => string.CompareOrdinal(source, i, text, 0, text.Length) == 0;

    private static string Unescape(string text)
    {
        var result = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\\' && i + 1 < text.Length && char.IsAsciiLetterOrDigit(text[i + 1]) is false) i++;
            result.Append(text[i]);
        }
        return result.ToString();
    }

    private void Text(string text)
    {
        foreach (var c in text) Text(c);
    }

    private void Text(char c) => _out.Append(c switch
    {
        '&' => "&amp;",
        '<' => "&lt;",
        '>' => "&gt;",
        _ => c.ToString(),
    });
}
