using System.Globalization;
using System.Text;

namespace Twister.Hosting.Plot.Markdown.Dom;

/// <summary>
/// Parses the plain HTML most services send (paragraphs, emphasis, links, lists, headings, quotes, line
/// breaks; properly nested, every tag closed in order) into the tree an HTML5 parser builds for it, without
/// building a browser document: an HTML5 parse (AngleSharp) costs several times more time and memory than
/// the conversion that follows. Anything whose tree an HTML5 parser would build by its error-recovery or
/// special rules (an implied end tag, a misnested tag, a comment, a table, raw text, an unknown entity)
/// returns <see langword="null"/>, and the caller parses it with AngleSharp: this parser only ever
/// produces the tree the HTML5 algorithm would, or none.
/// </summary>
internal static class SimpleHtmlParser
{
    /// <summary>Deeper nesting is left to the full parser.</summary>
    private const int MaxDepth = 48;

    private static readonly HashSet<string> VoidNames = new(StringComparer.Ordinal) { "br", "img", "input", "wbr", "hr" };

    // Start tags that first close an open p (HTML5 "close a p element in button scope"): refused while a p is open.
    private static readonly HashSet<string> BlockNames = new(StringComparer.Ordinal)
    {
        "p", "div", "ul", "ol", "blockquote", "h1", "h2", "h3", "h4", "h5", "h6", "li", "hr",
        "section", "article", "header", "footer", "main", "nav", "aside", "address", "figure", "figcaption", "center",
    };

    // Inline elements with no rule of their own in the "in body" insertion mode (or one that proper nesting makes moot).
    private static readonly HashSet<string> InlineNames = new(StringComparer.Ordinal)
    {
        "a", "b", "strong", "i", "em", "u", "s", "strike", "code", "tt", "small", "big",
        "span", "sub", "sup", "mark", "abbr", "cite", "dfn", "var", "q", "kbd", "samp", "del", "ins", "time", "data",
    };

    private static readonly System.Buffers.SearchValues<char> SpecialInValue = System.Buffers.SearchValues.Create("&\0\r\f");

    private static readonly HashSet<string> HeadingNames = new(StringComparer.Ordinal) { "h1", "h2", "h3", "h4", "h5", "h6" };

    // Every name this parser builds, found from the source text in any case without allocating.
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> KnownNames =
        new HashSet<string>([.. VoidNames, .. BlockNames, .. InlineNames], StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The body holding <paramref name="html"/>'s nodes, or <see langword="null"/> when the full HTML5 parser must build them.</summary>
    public static HtmlElementNode? TryParse(string html)
    {
        var body = new HtmlElementNode("body", []);
        var open = new List<HtmlElementNode> { body };
        var text = new StringBuilder();
        var started = false;   // before the first non-whitespace token, whitespace is dropped (as before the body exists)
        var i = 0;
        while (i < html.Length)
        {
            var c = html[i];
            if (c is '\0' or '\r' or '\f') return null;
            if (c == '&')
            {
                if (!TryReference(html, ref i, text)) return null;
                continue;
            }
            if (c != '<' || IsLiteralLessThan(html, i))
            {
                text.Append(c);
                i++;
                continue;
            }
            Flush(text, open[^1], ref started);
            started = true;
            if (i + 1 < html.Length && html[i + 1] == '/')
            {
                if (!TryEndTag(html, ref i, open)) return null;
            }
            else if (!TryStartTag(html, ref i, open))
            {
                return null;
            }
        }
        Flush(text, open[^1], ref started);
        return body;
    }

    /// <summary>Appends the pending text to <paramref name="parent"/>; leading whitespace before anything else is dropped.</summary>
    private static void Flush(StringBuilder text, HtmlElementNode parent, ref bool started)
    {
        if (text.Length == 0) return;
        var value = text.ToString();
        text.Clear();
        if (!started)
        {
            value = value.TrimStart(' ', '\t', '\n');
            if (value.Length == 0) return;
            started = true;
        }
        parent.AppendText(value);
    }

    /// <summary>A <c>&lt;</c> an HTML5 tokenizer reads as text: followed by whitespace, a digit, <c>=</c> or nothing.</summary>
    private static bool IsLiteralLessThan(string html, int i)
        => i + 1 >= html.Length || html[i + 1] is ' ' or '\t' or '\n' or '=' || char.IsAsciiDigit(html[i + 1]);

    private static bool TryStartTag(string html, ref int i, List<HtmlElementNode> open)
    {
        var at = i + 1;
        if (!TryName(html, ref at, out var name)) return false;
        var attributes = new List<KeyValuePair<string, string>>();
        var selfClosing = false;
        while (true)
        {
            SkipWhitespace(html, ref at);
            if (at >= html.Length) return false;
            if (html[at] == '>') break;
            if (html[at] == '/')
            {
                if (at + 1 >= html.Length || html[at + 1] != '>') return false;
                selfClosing = true;
                at++;
                break;
            }
            if (!TryAttribute(html, ref at, out var attribute)) return false;
            if (!attributes.Exists(a => a.Key == attribute.Key)) attributes.Add(attribute);
        }
        i = at + 1;

        var isVoid = VoidNames.Contains(name);
        if (selfClosing && !isVoid) return false;   // HTML5 ignores "/>" on a normal element: it stays open
        if (!isVoid && !BlockNames.Contains(name) && !InlineNames.Contains(name)) return false;
        if (BlockNames.Contains(name) && open.Exists(e => e.LocalName == "p")) return false;
        if (HeadingNames.Contains(name) && HeadingNames.Contains(open[^1].LocalName)) return false;
        if (name == "li" && ClosesListItem(open)) return false;
        if (name == "a" && open.Exists(e => e.LocalName == "a")) return false;
        if (open.Count > MaxDepth) return false;

        var element = new HtmlElementNode(name, attributes);
        open[^1].Append(element);
        if (!isVoid) open.Add(element);
        return true;
    }

    /// <summary>Whether an <c>li</c> start tag would close an open list item (HTML5 walks up past inline elements, <c>div</c>, <c>address</c> and <c>p</c>).</summary>
    private static bool ClosesListItem(List<HtmlElementNode> open)
    {
        for (var k = open.Count - 1; k > 0; k--)
        {
            var name = open[k].LocalName;
            if (name == "li") return true;
            if (BlockNames.Contains(name) && name is not ("div" or "address" or "p")) return false;
        }
        return false;
    }

    private static bool TryEndTag(string html, ref int i, List<HtmlElementNode> open)
    {
        var at = i + 2;
        if (!TryName(html, ref at, out var name)) return false;
        SkipWhitespace(html, ref at);
        if (at >= html.Length || html[at] != '>') return false;
        // Only the current element may end: anything else is recovered from by HTML5 rules.
        if (open.Count == 1 || open[^1].LocalName != name) return false;
        open.RemoveAt(open.Count - 1);
        i = at + 1;
        return true;
    }

    private static bool TryName(string html, ref int at, out string name)
    {
        var start = at;
        if (at >= html.Length || !char.IsAsciiLetter(html[at]))
        {
            name = "";
            return false;
        }
        while (at < html.Length && (char.IsAsciiLetterOrDigit(html[at]) || html[at] == '-')) at++;
        // A name this parser does not build is left to the full parser anyway.
        if (!KnownNames.TryGetValue(html.AsSpan(start, at - start), out var known))
        {
            name = "";
            return false;
        }
        name = known;
        return at < html.Length && html[at] is ' ' or '\t' or '\n' or '/' or '>';
    }

    /// <summary>An attribute: a name, optionally <c>=</c> and a quoted value (an unquoted value is left to the full parser).</summary>
    private static bool TryAttribute(string html, ref int at, out KeyValuePair<string, string> attribute)
    {
        attribute = default;
        var start = at;
        while (at < html.Length && (char.IsAsciiLetterOrDigit(html[at]) || html[at] is '-' or '_' or ':' or '.')) at++;
        if (at == start || at >= html.Length) return false;
        var name = html[start..at].ToLowerInvariant();
        var afterName = at;
        SkipWhitespace(html, ref at);
        if (at >= html.Length) return false;
        if (html[at] != '=')
        {
            if (html[at] is not ('>' or '/') && at == afterName) return false;
            attribute = new(name, "");
            return true;
        }
        at++;
        SkipWhitespace(html, ref at);
        if (at >= html.Length || html[at] is not ('"' or '\'')) return false;
        var quote = html[at++];
        var end = html.IndexOf(quote, at);
        if (end < 0) return false;
        var raw = html.AsSpan(at, end - at);
        string value;
        if (raw.IndexOfAny(SpecialInValue) < 0) value = raw.ToString();   // most values hold no character reference
        else if (!TryDecode(html, at, end, out value)) return false;
        at = end + 1;
        // HTML5 wants whitespace between attributes; without it the tokenizer still starts a new one.
        if (at < html.Length && html[at] is not (' ' or '\t' or '\n' or '>' or '/')) return false;
        attribute = new(name, value);
        return true;
    }

    /// <summary>The attribute value <c>html[start..end]</c> with its character references decoded.</summary>
    private static bool TryDecode(string html, int start, int end, out string value)
    {
        var text = new StringBuilder(end - start);
        value = "";
        for (var at = start; at < end;)
        {
            if (html[at] is '\0' or '\r' or '\f') return false;
            if (html[at] != '&')
            {
                text.Append(html[at++]);
                continue;
            }
            if (!TryReference(html, ref at, text) || at > end) return false;
        }
        value = text.ToString();
        return true;
    }

    private static void SkipWhitespace(string html, ref int at)
    {
        while (at < html.Length && html[at] is ' ' or '\t' or '\n') at++;
    }

    /// <summary>
    /// A character reference: <c>&amp;amp;</c>, <c>&amp;lt;</c>, <c>&amp;gt;</c>, <c>&amp;quot;</c>, <c>&amp;apos;</c>,
    /// <c>&amp;nbsp;</c> or a numeric one for a plain character; an <c>&amp;</c> followed by whitespace, <c>&lt;</c>,
    /// <c>&amp;</c> or nothing is text. Any other reference is left to the full parser (HTML5 knows two thousand names).
    /// </summary>
    private static bool TryReference(string html, ref int i, StringBuilder text)
    {
        if (i + 1 >= html.Length || html[i + 1] is ' ' or '\t' or '\n' or '<' or '&')
        {
            text.Append('&');
            i++;
            return true;
        }
        var end = html.IndexOf(';', i + 1);
        if (end < 0 || end - i > 10) return false;
        var name = html.AsSpan(i + 1, end - i - 1);
        string? value = name switch
        {
            "amp" => "&",
            "lt" => "<",
            "gt" => ">",
            "quot" => "\"",
            "apos" => "'",
            "nbsp" => "\u00A0",
            _ => Numeric(name),
        };
        if (value is null) return false;
        text.Append(value);
        i = end + 1;
        return true;
    }

    /// <summary>A numeric reference to a character HTML5 leaves as it is (no control, surrogate, noncharacter or out-of-range number).</summary>
    private static string? Numeric(ReadOnlySpan<char> name)
    {
        if (name.Length < 2 || name[0] != '#') return null;
        var hex = name[1] is 'x' or 'X';
        var digits = name[(hex ? 2 : 1)..];
        if (digits.Length == 0 || digits.Length > 6) return null;
        foreach (var d in digits)
        {
            if (hex ? !char.IsAsciiHexDigit(d) : !char.IsAsciiDigit(d)) return null;
        }
        var code = int.Parse(digits, hex ? NumberStyles.AllowHexSpecifier : NumberStyles.None, CultureInfo.InvariantCulture);
        var plain = code is 0x09 or 0x0A or (>= 0x20 and <= 0x7E) or (>= 0xA0 and <= 0xD7FF) or (>= 0xE000 and <= 0xFDCF) or (>= 0xFDF0 and <= 0xFFFD)
            || (code is >= 0x10000 and <= 0x10FFFF && (code & 0xFFFE) != 0xFFFE);
        return plain ? char.ConvertFromUtf32(code) : null;
    }
}
