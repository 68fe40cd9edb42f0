using Twister.Hosting.Execution;

namespace Twister.Hosting.Network;

/// <summary>
/// The innermost handler of an execution's <c>INetwork.Http</c>, below the retry strategy: counts every
/// attempt against the execution's budget, then applies the development origin mappings (after the allowlist
/// check above, so mapping never widens what a connector may call; and below the per-origin circuit breaker,
/// which keys on the origin the connector named).
/// </summary>
internal sealed class AttemptHandler(ExecutionScope scope, HttpMessageHandler inner) : DelegatingHandler(inner)
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        scope.Spend("http");
        OutboundRequest.Of(request)?.CountAttempt();
        var url = request.RequestUri!;
        request.RequestUri = scope.Environment.Options.OriginMappings.TryGetValue(url.GetLeftPart(UriPartial.Authority), out var target)
            ? new UriBuilder(url) { Scheme = target.Scheme, Host = target.Host, Port = target.Port }.Uri
            : url;
        try
        {
            return await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            request.RequestUri = url;
        }
    }
}
