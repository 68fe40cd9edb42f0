namespace Twister.Hosting.Dashboard.Rendering;

/// <summary>
/// Keeps a URL that came from connector data only when it is http, https or mailto (or relative): a
/// <c>javascript:</c> or <c>data:</c> link becomes <c>#</c>, so clicking it runs nothing.
/// </summary>
internal static class SafeUrl
{
    public const string Blocked = "#";

    public static string Of(string? url)
    {
        if (string.IsNullOrWhiteSpace(url)) return Blocked;
        var trimmed = url.Trim();
        if (!Uri.TryCreate(trimmed, UriKind.RelativeOrAbsolute, out var uri)) return Blocked;
        if (!uri.IsAbsoluteUri) return trimmed.Contains(':', StringComparison.Ordinal) && !trimmed.StartsWith('/') ? Blocked : trimmed; // "javascript&#58;..." and friends
        return uri.Scheme is "http" or "https" or "mailto" ? trimmed : Blocked;
    }
}
