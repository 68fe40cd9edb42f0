using Twister.Hosting.Configuration;

namespace Twister.Hosting.Webhooks;

/// <summary>
/// Where webhook URLs point: the configured public address (a tunnel to the endpoint) when there is one;
/// else the loopback endpoint once it listens; without the server (test kit) a <c>http://localhost/webhooks/</c>
/// address that only the in-process delivery accepts.
/// </summary>
internal sealed class WebhookAddress(TwisterOptions options)
{
    public const string PathPrefix = "/webhooks/";

    /// <summary>Where the loopback endpoint listens (set by the server once it started).</summary>
    public Uri ListeningAddress { get; set; } = new("http://localhost/");

    /// <summary>The base of webhook URLs: the public address's origin when configured, else <see cref="ListeningAddress"/>.</summary>
    public Uri BaseAddress => options.PublicWebhookBaseAddress is { } address ? new Uri(address.GetLeftPart(UriPartial.Authority) + "/") : ListeningAddress;

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
}
