using System;
using System.Collections.Generic;
using Microsoft.CodeAnalysis.Text;

namespace Twister.Generators.Analyzers.Baselines;

/// <summary>What the baseline files have in common: one entry per line, <c>*RETIRED*</c> lines, <c>#</c> comments, lists split at the top level.</summary>
internal static class BaselineText
{
    /// <summary>One entry line: its content without the retired marker, and where it is.</summary>
    public readonly record struct Line(string Content, bool Retired, TextSpan Span, LinePositionSpan LineSpan);

    /// <summary>The entry lines of <paramref name="text"/>; blank lines and comments are skipped.</summary>
    public static IEnumerable<Line> Lines(SourceText text)
    {
        foreach (var line in text.Lines)
        {
            var content = line.ToString().Trim();
            if (content.Length == 0 || content.StartsWith(BaselineFiles.CommentPrefix, StringComparison.Ordinal)) continue;
            var retired = content.StartsWith(BaselineFiles.RetiredPrefix, StringComparison.Ordinal);
            if (retired) content = content.Substring(BaselineFiles.RetiredPrefix.Length).Trim();
            yield return new Line(content, retired, line.Span, text.Lines.GetLinePositionSpan(line.Span));
        }
    }

    /// <summary>Splits on <paramref name="separator"/> outside brackets and string or char literals.</summary>
    public static List<string> SplitTopLevel(string text, char separator)
    {
        var parts = new List<string>();
        if (text.Trim().Length == 0) return parts;
        var depth = 0;
        var start = 0;
        char? quote = null;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quote is not null)
            {
                if (c == '\\') i++;
                else if (c == quote) quote = null;
                continue;
            }
            switch (c)
            {
                case '"' or '\'': quote = c; break;
                case '<' or '(' or '[' or '{': depth++; break;
                case '>' or ')' or ']' or '}': depth--; break;
                default:
                    if (c == separator && depth == 0)
                    {
                        parts.Add(text.Substring(start, i - start));
                        start = i + 1;
                    }
                    break;
            }
        }
        parts.Add(text.Substring(start));
        return parts;
    }
}
