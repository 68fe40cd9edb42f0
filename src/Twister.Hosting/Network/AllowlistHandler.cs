using Twister.Hosting.Configuration;
using Twister.Hosting.Execution;

namespace Twister.Hosting.Network;

/// <summary>
/// The handler of <c>INetwork.Http</c>: refuses URLs outside the allowlist, counts each request against
/// the execution's budget, then applies the development origin mappings (after the check, so mapping
/// never widens what a connector may call).
/// </summary>
internal sealed class AllowlistHandler(ExecutionScope scope, UrlAllowlist allowlist, TwisterOptions options, HttpMessageHandler inner)
    : DelegatingHandler(inner)
{
    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var url = request.RequestUri ?? throw new InvalidOperationException("The request has no URL.");
        if (!allowlist.Allows(url)) throw new NetworkAccessDeniedException(scope.Connector.Name, url, allowlist.Patterns);
        scope.Spend("http");
        if (options.OriginMappings.TryGetValue(url.GetLeftPart(UriPartial.Authority), out var target))
        {
            request.RequestUri = new UriBuilder(url) { Scheme = target.Scheme, Host = target.Host, Port = target.Port }.Uri;
        }
        return base.SendAsync(request, cancellationToken);
    }
}
