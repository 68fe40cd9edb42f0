using Microsoft.AspNetCore.WebUtilities;
using Twister.Hosting.Configuration;

namespace Twister.Hosting.Webhooks;

/// <summary>
/// Where webhook URLs point: <see cref="TwisterOptions.PublicWebhookBaseAddress"/> when the host is reachable
/// from outside; otherwise the loopback endpoint once it listens, and without the server (test kit) a
/// <c>http://localhost/webhooks/</c> address that only the in-process delivery accepts.
/// </summary>
internal sealed class WebhookAddress(TwisterOptions options)
{
    public const string PathPrefix = "/webhooks/";

    public Uri BaseAddress { get; set; } = options.PublicWebhookBaseAddress ?? new("http://localhost/");

    /// <summary>Whether webhook URLs are on a public address, which the loopback endpoint must not replace.</summary>
    public bool IsPublic { get; } = options.PublicWebhookBaseAddress is not null;

    public string UrlFor(string token) => new Uri(BaseAddress, PathPrefix + token).AbsoluteUri;

    /// <summary>The token in a webhook URL (its last path segment), or <see langword="null"/> when it is not one.</summary>
    public static string? TokenOf(string url)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri)) return null;
        var path = uri.AbsolutePath;
        return path.StartsWith(PathPrefix, StringComparison.Ordinal) && path.Length > PathPrefix.Length
            ? path[PathPrefix.Length..]
            : null;
    }

    /// <summary>The query-string parameters of a webhook URL, read as the endpoint reads them (a repeated name's values joined by commas).</summary>
    public static IReadOnlyDictionary<string, string> QueryOf(string url)
        => Uri.TryCreate(url, UriKind.Absolute, out var uri)
            ? QueryHelpers.ParseQuery(uri.Query).ToDictionary(p => p.Key, p => p.Value.ToString(), StringComparer.Ordinal)
            : new Dictionary<string, string>(StringComparer.Ordinal);
}
