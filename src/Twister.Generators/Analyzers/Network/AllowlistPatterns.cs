using System;
using System.Collections.Immutable;

namespace Twister.Generators.Analyzers.Network;

/// <summary>
/// The connector's <c>[NetworkAccess]</c> patterns, matched as the host's allowlist matches them
/// (<c>*</c> matches any run of characters, everything else must match ignoring case). A URL known only
/// up to a part that varies is covered when some pattern could match it: the pattern's text before its
/// first <c>*</c> and the known text agree as far as both go.
/// </summary>
internal static class AllowlistPatterns
{
    /// <summary>Whether one of <paramref name="patterns"/> covers <paramref name="url"/>.</summary>
    public static bool Cover(ImmutableArray<string> patterns, KnownUrl url)
    {
        var text = url.Normalized;
        foreach (var pattern in patterns)
        {
            if (url.IsComplete ? Matches(pattern, text) : CouldMatch(pattern, text)) return true;
        }
        return false;
    }

    /// <summary>The pattern a fix adds for <paramref name="url"/>: its origin and any path (<c>https://api.example.com/*</c>).</summary>
    public static string PatternFor(KnownUrl url) => url.Origin + "/*";

    private static bool CouldMatch(string pattern, string prefix)
    {
        var star = pattern.IndexOf('*');
        var fixedStart = star < 0 ? pattern : pattern.Substring(0, star);
        var length = Math.Min(fixedStart.Length, prefix.Length);
        return string.Compare(fixedStart, 0, prefix, 0, length, StringComparison.OrdinalIgnoreCase) == 0;
    }

    private static bool Matches(string pattern, string text)
    {
        var parts = pattern.Split('*');
        if (parts.Length == 1) return string.Equals(pattern, text, StringComparison.OrdinalIgnoreCase);
        if (!text.StartsWith(parts[0], StringComparison.OrdinalIgnoreCase)) return false;
        var position = parts[0].Length;
        for (var i = 1; i < parts.Length - 1; i++)
        {
            var found = text.IndexOf(parts[i], position, StringComparison.OrdinalIgnoreCase);
            if (found < 0) return false;
            position = found + parts[i].Length;
        }
        var last = parts[parts.Length - 1];
        return text.Length - position >= last.Length && text.EndsWith(last, StringComparison.OrdinalIgnoreCase);
    }
}
