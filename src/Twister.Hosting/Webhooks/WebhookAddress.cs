using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Options;
using Twister.Hosting.Configuration;

namespace Twister.Hosting.Webhooks;

/// <summary>
/// Where webhook URLs point: <c>{base}webhooks/{token}</c>. The base is <see cref="TwisterOptions.WebhookBaseUrl"/>
/// when configured (a tunnel or a proxy: connectors then register their webhooks with the service); otherwise it
/// is resolved when the host starts (the loopback endpoint, or the app that maps the endpoint). Until then, and
/// without any endpoint (test kit), it is <c>http://localhost/</c>, which only the in-process delivery accepts.
/// </summary>
internal sealed class WebhookAddress(IOptions<TwisterOptions> options)
{
    /// <summary>The path segment before the token.</summary>
    public const string Segment = "webhooks/";

    private readonly TaskCompletionSource _resolved = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public Uri BaseAddress { get; private set; } = WithSlash(options.Value.WebhookBaseUrl ?? new Uri("http://localhost/"));

    /// <summary>Completes once the base is final: the task worker waits for it, so the URLs tasks create are final too.</summary>
    public Task Resolved => _resolved.Task;

    public void Resolve(Uri baseAddress)
    {
        BaseAddress = WithSlash(baseAddress);
        _resolved.TrySetResult();
    }

    public string UrlFor(string token) => new Uri(BaseAddress, Segment + token).AbsoluteUri;

    /// <summary>The token in a webhook URL (the segment after its last <c>/webhooks/</c>), or <see langword="null"/> when it is not one.</summary>
    public static string? TokenOf(string url)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri)) return null;
        var path = uri.AbsolutePath;
        var start = path.LastIndexOf("/" + Segment, StringComparison.Ordinal);
        if (start < 0) return null;
        var token = path[(start + 1 + Segment.Length)..];
        return token.Length > 0 && !token.Contains('/', StringComparison.Ordinal) ? token : null;
    }

    /// <summary>The query-string parameters of a webhook URL, read as the endpoint reads them (a repeated name's values joined by commas).</summary>
    public static IReadOnlyDictionary<string, string> QueryOf(string url)
        => Uri.TryCreate(url, UriKind.Absolute, out var uri)
            ? QueryHelpers.ParseQuery(uri.Query).ToDictionary(p => p.Key, p => p.Value.ToString(), StringComparer.Ordinal)
            : new Dictionary<string, string>(StringComparer.Ordinal);

    private static Uri WithSlash(Uri address) => address.AbsoluteUri.EndsWith('/') ? address : new Uri(address.AbsoluteUri + "/");
}
