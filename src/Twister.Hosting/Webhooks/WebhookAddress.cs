namespace Twister.Hosting.Webhooks;

/// <summary>
/// Where webhook URLs point: <c>{base}webhooks/{token}</c>. The base is resolved when the host starts (the
/// configured <c>WebhookBaseUrl</c>, the loopback endpoint, or the app that maps the endpoint); until then, and
/// without any endpoint (test kit), it is <c>http://localhost/</c>, which only the in-process delivery accepts.
/// </summary>
internal sealed class WebhookAddress
{
    /// <summary>The path segment before the token.</summary>
    public const string Segment = "webhooks/";

    private readonly TaskCompletionSource _resolved = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public Uri BaseAddress { get; private set; } = new("http://localhost/");

    /// <summary>Completes once the base is final: the task worker waits for it, so the URLs tasks create are final too.</summary>
    public Task Resolved => _resolved.Task;

    public void Resolve(Uri baseAddress)
    {
        BaseAddress = baseAddress.AbsoluteUri.EndsWith('/') ? baseAddress : new Uri(baseAddress.AbsoluteUri + "/");
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
}
