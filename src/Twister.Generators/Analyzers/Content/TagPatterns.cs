using System;

namespace Twister.Generators.Analyzers.Content;

/// <summary>
/// Decides whether a regular expression matches HTML tags (<c>&lt;[^&gt;]+&gt;</c>, <c>&lt;br\s*/?&gt;</c>,
/// <c>&lt;/?\w+[^&gt;]*&gt;</c>, <c>&lt;!--.*?--&gt;</c>) rather than another angle-bracket syntax: chat
/// markup such as Slack's <c>&lt;@U123&gt;</c>, <c>&lt;#C1|general&gt;</c>, <c>&lt;!here&gt;</c> and
/// <c>&lt;https://x|label&gt;</c>, a character class such as <c>[&lt;&gt;]</c>, or a named group
/// <c>(?&lt;name&gt;...)</c>. A written regex parser would be exact; this reads only what follows each
/// literal <c>&lt;</c>, which is what tells the syntaxes apart.
/// </summary>
internal static class TagPatterns
{
    /// <summary>Whether <paramref name="pattern"/> has a literal <c>&lt;</c> opening an HTML tag, closed by a literal <c>&gt;</c>.</summary>
    public static bool MatchesTags(string pattern)
    {
        for (var i = 0; i < pattern.Length; i++)
        {
            switch (pattern[i])
            {
                case '[':
                    i = EndOfClass(pattern, i);
                    break;
                case '\\' when i + 1 < pattern.Length:
                    if (pattern[i + 1] == '<' && OpensTag(pattern, i + 2)) return true;
                    // A backreference \k<name> names a group; skip the name.
                    if (pattern[i + 1] == 'k' && i + 2 < pattern.Length && pattern[i + 2] == '<') i = Math.Max(i + 1, pattern.IndexOf('>', i + 2));
                    else i++;
                    break;
                case '<':
                    // (?<name>...), (?<=...), (?<!...) are groups, not text.
                    if (i >= 2 && pattern[i - 1] == '?' && pattern[i - 2] == '(') break;
                    if (OpensTag(pattern, i + 1)) return true;
                    break;
            }
        }
        return false;
    }

    /// <summary>Whether the text after a literal <c>&lt;</c> at <paramref name="start"/> can be a tag name, comment or closing tag, and a literal <c>&gt;</c> ends it.</summary>
    private static bool OpensTag(string pattern, int start)
    {
        if (start >= pattern.Length || !HasClosingBracket(pattern, start, out var end)) return false;
        var inside = pattern.Substring(start, end - start);
        if (IsChatLink(inside)) return false;
        var first = FirstElement(inside);
        if (first.Length == 0) return false;
        switch (first[0])
        {
            case '@' or '#' or ':':
                return false; // <@U123>, <#C1|general>, <:emoji:123>
            case '!':
                return inside.StartsWith("!--", StringComparison.Ordinal); // <!-- comment -->, not <!here>
            case '/' or '.' or '[':
                return true; // </p>, <.*?>, <[^>]+>
            case '\\':
                return first.Length > 1 && first[1] is '/' or 'w' or 'S' or 'D' or 'W';
            default:
                if (!char.IsLetter(first[0])) return false;
                return !LiteralText(inside).StartsWith("http", StringComparison.OrdinalIgnoreCase)
                       && !LiteralText(inside).StartsWith("mailto", StringComparison.OrdinalIgnoreCase);
        }
    }

    /// <summary>Slack's <c>&lt;url|label&gt;</c> and <c>&lt;#id|name&gt;</c>: a literal <c>|</c> inside, or a class that stops at one.</summary>
    private static bool IsChatLink(string inside)
        => inside.IndexOf("\\|", StringComparison.Ordinal) >= 0 || inside.IndexOf("[^|", StringComparison.Ordinal) >= 0;

    /// <summary>The first element of <paramref name="text"/>, looking into groups: <c>(?:a|b)x</c> starts with <c>a</c>.</summary>
    private static string FirstElement(string text)
    {
        var i = 0;
        while (i < text.Length && text[i] == '(')
        {
            i++;
            if (i + 1 < text.Length && text[i] == '?' && text[i + 1] == ':') i += 2;
        }
        return i < text.Length ? text.Substring(i) : "";
    }

    /// <summary>The literal letters at the start of <paramref name="text"/>, through groups: <c>(https?:</c> gives <c>https</c>.</summary>
    private static string LiteralText(string text)
    {
        var first = FirstElement(text);
        var length = 0;
        while (length < first.Length && char.IsLetter(first[length])) length++;
        return first.Substring(0, length);
    }

    /// <summary>The index of the first literal <c>&gt;</c> at or after <paramref name="start"/>, outside classes and escapes.</summary>
    private static bool HasClosingBracket(string pattern, int start, out int index)
    {
        for (var i = start; i < pattern.Length; i++)
        {
            switch (pattern[i])
            {
                case '[':
                    i = EndOfClass(pattern, i);
                    break;
                case '\\':
                    if (i + 1 < pattern.Length && pattern[i + 1] == '>')
                    {
                        index = i;
                        return true;
                    }
                    i++;
                    break;
                case '>':
                    index = i;
                    return true;
            }
        }
        index = -1;
        return false;
    }

    /// <summary>The index of the <c>]</c> that closes the class opened at <paramref name="open"/> (a leading <c>]</c> is a member).</summary>
    private static int EndOfClass(string pattern, int open)
    {
        var i = open + 1;
        if (i < pattern.Length && pattern[i] == '^') i++;
        if (i < pattern.Length && pattern[i] == ']') i++;
        for (; i < pattern.Length; i++)
        {
            if (pattern[i] == '\\') i++;
            else if (pattern[i] == ']') return i;
        }
        return pattern.Length;
    }
}
