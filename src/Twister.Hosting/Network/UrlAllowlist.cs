namespace Twister.Hosting.Network;

/// <summary>
/// The connector's declared outbound URL patterns (<c>[NetworkAccess("https://api.linear.app/*")]</c>):
/// <c>*</c> matches any run of characters; everything else must match exactly (ignoring case).
/// A pattern without <c>*</c> matches that URL only.
/// </summary>
internal sealed class UrlAllowlist(IReadOnlyList<string> patterns)
{
    public IReadOnlyList<string> Patterns { get; } = patterns;

    public bool Allows(Uri url)
    {
        var text = url.AbsoluteUri;
        foreach (var pattern in Patterns)
        {
            if (Matches(pattern, text)) return true;
        }
        return false;
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
        var last = parts[^1];
        return text.Length - position >= last.Length && text.EndsWith(last, StringComparison.OrdinalIgnoreCase);
    }
}
