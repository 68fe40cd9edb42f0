namespace Twister.Hosting.Webhooks;

/// <summary>
/// Where webhook URLs point: the loopback endpoint once it listens; without the server (test kit) a
/// <c>http://localhost/webhooks/</c> address that only the in-process delivery accepts.
/// </summary>
internal sealed class WebhookAddress
{
    public const string PathPrefix = "/webhooks/";

    public Uri BaseAddress { get; set; } = new("http://localhost/");

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
