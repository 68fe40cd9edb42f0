namespace Twister.Hosting.Network;

/// <summary>
/// A connector's declared outbound URL patterns (<c>[NetworkAccess("https://api.linear.app/*")]</c>), matched
/// part by part against a parsed URL, never as text: the scheme exactly; the host case-insensitively, where
/// <c>*</c> matches within the host only (<c>https://*.atlassian.net/*</c> allows <c>acme.atlassian.net</c>, never
/// <c>evil.test/.atlassian.net</c>); the port exactly (the scheme's default when the pattern names none, any
/// with <c>:*</c>); the path case-sensitively, where <c>*</c> matches any run of characters (a pattern without a
/// path allows <c>/</c> only). The query string is not matched.
/// </summary>
internal sealed class UrlAllowlist
{
    private readonly UrlPattern[] _patterns;

    /// <summary>Parses the patterns.</summary>
    /// <exception cref="TwisterException">A pattern is not of the form <c>scheme://host[:port][/path]</c>.</exception>
    public UrlAllowlist(IReadOnlyList<string> patterns)
    {
        Patterns = patterns;
        _patterns = [.. patterns.Select(UrlPattern.Parse)];
    }

    public IReadOnlyList<string> Patterns { get; }

    public bool Allows(Uri url)
    {
        if (!url.IsAbsoluteUri) return false;
        foreach (var pattern in _patterns)
        {
            if (pattern.Matches(url)) return true;
        }
        return false;
    }

    private sealed record UrlPattern(string Scheme, string Host, int? Port, bool AnyPort, string Path)
    {
        public static UrlPattern Parse(string pattern)
        {
            var schemeEnd = pattern.IndexOf("://", StringComparison.Ordinal);
            if (schemeEnd <= 0) throw Invalid(pattern, "it has no scheme (write https://host/path)");
            var scheme = pattern[..schemeEnd];
            if (scheme.Contains('*', StringComparison.Ordinal)) throw Invalid(pattern, "the scheme cannot be a wildcard");
            var rest = pattern[(schemeEnd + 3)..];
            var pathStart = rest.IndexOfAny(['/', '?', '#']);
            var authority = pathStart < 0 ? rest : rest[..pathStart];
            var path = pathStart < 0 ? "/" : rest[pathStart..];
            if (path[0] != '/') throw Invalid(pattern, "a query or fragment cannot be allowed; allow the path");
            if (authority.Contains('@', StringComparison.Ordinal)) throw Invalid(pattern, "it names user information");
            var portStart = authority.LastIndexOf(':');
            var host = portStart < 0 ? authority : authority[..portStart];
            if (host.Length == 0) throw Invalid(pattern, "it has no host");
            if (portStart < 0) return new(scheme, host, null, AnyPort: false, path);
            var port = authority[(portStart + 1)..];
            if (port == "*") return new(scheme, host, null, AnyPort: true, path);
            return int.TryParse(port, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var number) && number is > 0 and < 65536
                ? new(scheme, host, number, AnyPort: false, path)
                : throw Invalid(pattern, $"'{port}' is not a port");
        }

        public bool Matches(Uri url)
            => string.Equals(url.Scheme, Scheme, StringComparison.OrdinalIgnoreCase)
               && Glob.Matches(Host, url.IdnHost, StringComparison.OrdinalIgnoreCase)
               && (AnyPort || url.Port == (Port ?? DefaultPort(url.Scheme)))
               && Glob.Matches(Path, url.AbsolutePath, StringComparison.Ordinal);

        private static int DefaultPort(string scheme) => scheme.ToUpperInvariant() switch
        {
            "HTTP" or "WS" => 80,
            "HTTPS" or "WSS" => 443,
            _ => -1,
        };

        private static TwisterException Invalid(string pattern, string reason)
            => new($"The [NetworkAccess] pattern '{pattern}' is invalid: {reason}.");
    }

    /// <summary><c>*</c> matches any run of characters (greedy with backtracking over the parts between stars).</summary>
    private static class Glob
    {
        public static bool Matches(string pattern, string text, StringComparison comparison)
        {
            var parts = pattern.Split('*');
            if (parts.Length == 1) return string.Equals(pattern, text, comparison);
            if (!text.StartsWith(parts[0], comparison)) return false;
            var position = parts[0].Length;
            for (var i = 1; i < parts.Length - 1; i++)
            {
                var found = text.IndexOf(parts[i], position, comparison);
                if (found < 0) return false;
                position = found + parts[i].Length;
            }
            var last = parts[^1];
            return text.Length - position >= last.Length && text.EndsWith(last, comparison);
        }
    }
}
