using System.Net;
using Twister.Hosting.Configuration;
using Twister.Hosting.Execution;

namespace Twister.Hosting.Network;

/// <summary>
/// The handler of <c>INetwork.Http</c>: refuses URLs outside the allowlist, counts each request against
/// the execution's budget, then applies the development origin mappings (after the check, so mapping never
/// widens what a connector may call). It follows redirects itself, each hop checked and counted like the
/// first request; the socket handler below it never follows one.
/// </summary>
internal sealed class AllowlistHandler(ExecutionScope scope, UrlAllowlist allowlist, TwisterOptions options, HttpMessageHandler inner)
    : DelegatingHandler(inner)
{
    /// <summary>The most redirects one request follows.</summary>
    public const int MaxRedirects = 10;

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var url = request.RequestUri ?? throw new InvalidOperationException("The request has no URL.");
        Uri? redirectedFrom = null;
        for (var hop = 0; ; hop++)
        {
            if (!allowlist.Allows(url)) throw new NetworkAccessDeniedException(scope.Connector.Name, url, allowlist.Patterns, redirectedFrom);
            scope.Spend("http");
            request.RequestUri = options.OriginMappings.TryGetValue(url.GetLeftPart(UriPartial.Authority), out var target)
                ? new UriBuilder(url) { Scheme = target.Scheme, Host = target.Host, Port = target.Port }.Uri
                : url;
            var response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
            request.RequestUri = url;
            if (RedirectTarget(response, url) is not { } next || hop == MaxRedirects) return response;
            response.Dispose();
            Redirect(request, response.StatusCode, from: url, to: next);
            redirectedFrom = url;
            url = next;
        }
    }

    /// <summary>Where a redirect response points, resolved against the URL the connector asked for (not the mapped one).</summary>
    private static Uri? RedirectTarget(HttpResponseMessage response, Uri url)
        => response.StatusCode is HttpStatusCode.MovedPermanently or HttpStatusCode.Found or HttpStatusCode.SeeOther
               or HttpStatusCode.TemporaryRedirect or HttpStatusCode.PermanentRedirect
           && response.Headers.Location is { } location
            ? new Uri(url, location)
            : null;

    /// <summary>Rewrites the request for the next hop as browsers and <see cref="SocketsHttpHandler"/> do.</summary>
    private static void Redirect(HttpRequestMessage request, HttpStatusCode status, Uri from, Uri to)
    {
        var toGet = status == HttpStatusCode.SeeOther ? request.Method != HttpMethod.Head
            : status is HttpStatusCode.MovedPermanently or HttpStatusCode.Found && request.Method == HttpMethod.Post;
        if (toGet)
        {
            request.Method = HttpMethod.Get;
            request.Content = null;
        }
        // Credentials meant for one origin never travel to another.
        if (!string.Equals(from.GetLeftPart(UriPartial.Authority), to.GetLeftPart(UriPartial.Authority), StringComparison.OrdinalIgnoreCase))
        {
            request.Headers.Authorization = null;
        }
    }
}
