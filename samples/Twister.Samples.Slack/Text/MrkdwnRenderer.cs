using System.Text;

namespace Twister.Samples.Slack.Text;

/// <summary>
/// One conversion of mrkdwn, by a single scan: code is copied verbatim, <c>&lt;…&gt;</c> sequences become
/// mentions and links, a formatting character that opens and closes on Slack's word boundaries becomes
/// Markdown emphasis (or nothing, for text), everything else is text.
/// </summary>
internal sealed class MrkdwnRenderer(string source, IReadOnlyDictionary<string, string>? userNames, bool markdown)
{
    private const string Fence = "```";
    private readonly StringBuilder _out = new(source.Length + 16);

    public string Render()
    {
        Span(0, source.Length);
        return _out.ToString();
    }

    public static IReadOnlyList<string> MentionedUsers(string source)
    {
        var users = new List<string>();
        for (var i = 0; i < source.Length; i++)
        {
            if (source[i] == '`' && CodeEnd(source, i, source.Length) is var (_, _, after) && after > 0)
            {
                i = after - 1;
            }
            else if (source[i] == '<' && ControlEnd(source, i, source.Length) is var close and > 0)
            {
                var (target, _) = Split(source[(i + 1)..close]);
                if (target.StartsWith('@') && target.Length > 1 && !users.Contains(target[1..])) users.Add(target[1..]);
                i = close;
            }
        }
        return users;
    }

    private void Span(int start, int end)
    {
        var i = start;
        while (i < end)
        {
            var c = source[i];
            if (c == '`' && CodeEnd(source, i, end) is var (contentStart, contentEnd, after) && after > 0)
            {
                var block = contentStart - i == 3;
                if (block && markdown) after = SkipSpaces(after, end); // the fence ends its line
                Code(Decode(source[contentStart..contentEnd]), block, after < end && source[after] != '\n');
                i = after;
            }
            else if (c == '<' && ControlEnd(source, i, end) is var close and > 0)
            {
                Control(source[(i + 1)..close]);
                i = close + 1;
            }
            else if (c is '*' or '_' or '~' && Opens(i, start) && Closing(c, i + 1, end) is var closing and > 0)
            {
                var marker = markdown ? c switch { '*' => "**", '~' => "~~", _ => "_" } : "";
                _out.Append(marker);
                Span(i + 1, closing);
                _out.Append(marker);
                i = closing + 1;
            }
            else if (c == '&' && Entity(i) is { } entity)
            {
                Literal(entity.Decoded, i);
                i += entity.Length;
            }
            else
            {
                Literal(c, i);
                i++;
            }
        }
    }

    /// <summary>Where the code starting at <paramref name="i"/> (a block <c>```…```</c> or an inline <c>`…`</c>) has its content and ends; <c>after</c> is 0 when it does not close.</summary>
    private static (int ContentStart, int ContentEnd, int After) CodeEnd(string s, int i, int end)
    {
        if (string.CompareOrdinal(s, i, Fence, 0, 3) == 0 && i + 3 <= end)
        {
            var close = s.IndexOf(Fence, i + 3, end - i - 3, StringComparison.Ordinal);
            return close < 0 ? default : (i + 3, close, close + 3);
        }
        var closeInline = s.IndexOfAny(['`', '\n'], i + 1, end - i - 1);
        return closeInline > i + 1 && s[closeInline] == '`' ? (i + 1, closeInline, closeInline + 1) : default;
    }

    private int SkipSpaces(int i, int end)
    {
        while (i < end && source[i] == ' ') i++;
        return i;
    }

    /// <summary>The <c>&gt;</c> closing a control sequence opened at <paramref name="i"/>, or -1 (Slack escapes a literal <c>&lt;</c>, so one that does not close on its line is text).</summary>
    private static int ControlEnd(string s, int i, int end)
    {
        var close = s.IndexOfAny(['>', '\n', '<'], i + 1, end - i - 1);
        return close > i + 1 && s[close] == '>' ? close : -1;
    }

    private static (string Target, string? Label) Split(string sequence)
    {
        var bar = sequence.IndexOf('|', StringComparison.Ordinal);
        return bar < 0 ? (sequence, null) : (sequence[..bar], bar + 1 < sequence.Length ? sequence[(bar + 1)..] : null);
    }

    /// <summary>Slack's rule: a formatting character opens at the start, after a space or punctuation, before a non-space.</summary>
    private bool Opens(int i, int start)
        => (i == start || !char.IsLetterOrDigit(source[i - 1]) && source[i - 1] != source[i])
           && i + 1 < source.Length && !char.IsWhiteSpace(source[i + 1]) && source[i + 1] != source[i];

    /// <summary>The same character closing it on the same line, after a non-space and before a non-word character; code and control sequences are skipped.</summary>
    private int Closing(char marker, int from, int end)
    {
        for (var j = from; j < end; j++)
        {
            var c = source[j];
            if (c == '\n') return -1;
            if (c == '`' && CodeEnd(source, j, end) is var (_, _, after) && after > 0) j = after - 1;
            else if (c == '<' && ControlEnd(source, j, end) is var close and > 0) j = close;
            else if (c == marker && j > from && !char.IsWhiteSpace(source[j - 1]) && (j + 1 == end || !char.IsLetterOrDigit(source[j + 1]))) return j;
        }
        return -1;
    }

    private void Control(string sequence)
    {
        var (target, label) = Split(sequence);
        label = label is null ? null : Decode(label);
        switch (target[0])
        {
            case '@':
                var id = target[1..];
                Mention("@" + (label ?? userNames?.GetValueOrDefault(id) ?? id));
                break;
            case '#':
                Mention("#" + (label ?? target[1..]));
                break;
            case '!':
                var special = target[1..];
                Mention(special switch
                {
                    "here" or "channel" or "everyone" => "@" + special,
                    _ when special.StartsWith("subteam^", StringComparison.Ordinal) => label ?? "@" + special[8..],
                    _ when special.StartsWith("date^", StringComparison.Ordinal) => label ?? "",
                    _ => label ?? special,
                });
                break;
            default:
                Link(Decode(target), label);
                break;
        }
    }

    private void Mention(string text)
    {
        if (markdown) Escaped(text);
        else _out.Append(text);
    }

    private void Link(string url, string? label)
    {
        if (!markdown) _out.Append(label ?? (url.StartsWith("mailto:", StringComparison.Ordinal) ? url[7..] : url));
        else if (label is null || label == url) _out.Append('<').Append(url).Append('>');
        else
        {
            _out.Append('[');
            Escaped(label);
            _out.Append("](").Append(url.Replace("(", "%28", StringComparison.Ordinal).Replace(")", "%29", StringComparison.Ordinal).Replace(" ", "%20", StringComparison.Ordinal)).Append(')');
        }
    }

    private void Code(string content, bool block, bool textFollows)
    {
        if (!markdown)
        {
            _out.Append(content);
            return;
        }
        if (!block)
        {
            var fence = content.Contains('`', StringComparison.Ordinal) ? "``" : "`";
            var pad = fence.Length > 1 ? " " : "";
            _out.Append(fence).Append(pad).Append(content).Append(pad).Append(fence);
            return;
        }
        // A Markdown fence stands on its own lines.
        while (_out.Length > 0 && _out[^1] == ' ') _out.Length--;
        if (_out.Length > 0 && _out[^1] != '\n') _out.Append('\n');
        _out.Append(Fence).Append('\n').Append(content.Trim('\n')).Append('\n').Append(Fence);
        if (textFollows) _out.Append('\n');
    }

    private (char Decoded, int Length)? Entity(int i)
    {
        foreach (var (entity, decoded) in Entities)
            if (string.CompareOrdinal(source, i, entity, 0, entity.Length) == 0) return (decoded, entity.Length);
        return null;
    }

    private static readonly (string Entity, char Decoded)[] Entities = [("&amp;", '&'), ("&lt;", '<'), ("&gt;", '>')];

    private static string Decode(string text)
        => text.Replace("&lt;", "<", StringComparison.Ordinal).Replace("&gt;", ">", StringComparison.Ordinal).Replace("&amp;", "&", StringComparison.Ordinal);

    private void Literal(char c, int at)
    {
        if (!markdown) _out.Append(c);
        else if (c == '#' && AtLineStart(at)) _out.Append("\\#");
        else Escaped(c);
    }

    private bool AtLineStart(int at) => at == 0 || source[at - 1] == '\n';

    private void Escaped(string text)
    {
        foreach (var c in text) Escaped(c);
    }

    // Characters that would be Markdown where Slack shows them as text; '>' quotes a line in both.
    private void Escaped(char c)
    {
        if (c is '\\' or '*' or '_' or '~' or '`' or '<' or '[' or ']') _out.Append('\\');
        _out.Append(c);
    }
}
