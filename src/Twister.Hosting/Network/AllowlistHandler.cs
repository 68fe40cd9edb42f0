using System.Net;
using Twister.Hosting.Configuration;
using Twister.Hosting.Execution;
using Twister.Hosting.Observability;

namespace Twister.Hosting.Network;

/// <summary>
/// The outermost handler of <c>INetwork.Http</c>: refuses URLs outside the connector's allowlist and follows
/// redirects itself, each hop checked like the first request (the handlers below never follow one). Each hop
/// goes through the origin's resilience pipeline, whose every attempt counts against the budget. A
/// <c>429</c>/<c>503</c> whose <c>Retry-After</c> is longer than the execution can wait ends it with a
/// <see cref="RetryAfterException"/> (the task runner reschedules the task for that time). Traced as one span
/// per request, around its attempts.
/// </summary>
internal sealed class AllowlistHandler(ExecutionScope scope, TwisterHttpOptions options, HttpMessageHandler inner)
    : DelegatingHandler(inner)
{
    /// <summary>The most redirects one request follows.</summary>
    public const int MaxRedirects = 10;

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var url = request.RequestUri ?? throw new InvalidOperationException("The request has no URL.");
        using var activity = TwisterTracing.StartHttp(request.Method, url);
        var trace = new HttpTrace();
        try
        {
            var response = await FollowAsync(request, url, trace, cancellationToken).ConfigureAwait(false);
            TwisterTracing.HttpEnded(activity, trace.Attempts, trace.Redirects, response.StatusCode, failure: null);
            return response;
        }
        catch (Exception ex)
        {
            TwisterTracing.HttpEnded(activity, trace.Attempts, trace.Redirects, statusCode: null, ex);
            throw;
        }
    }

    private async Task<HttpResponseMessage> FollowAsync(HttpRequestMessage request, Uri url, HttpTrace trace, CancellationToken cancellationToken)
    {
        var allowlist = scope.Connector.Allowlist;
        Uri? redirectedFrom = null;
        for (var hop = 0; ; hop++)
        {
            if (!allowlist.Allows(url)) throw new NetworkAccessDeniedException(scope.Connector.Name, url, allowlist.Patterns, redirectedFrom);
            request.RequestUri = url;
            var state = OutboundRequest.Start(request);
            HttpResponseMessage response;
            try
            {
                response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
            }
            finally
            {
                trace.Attempts += state.Attempts;
            }
            if (RetryAfterRule.TooLongWait(response, state, options) is { } wait)
            {
                response.Dispose();
                throw new RetryAfterException(url, response.StatusCode, wait, scope.Now + wait, options.MaxRetryAfter);
            }
            if (RedirectTarget(response, url) is not { } next || hop == MaxRedirects) return response;
            response.Dispose();
            Redirect(request, response.StatusCode, from: url, to: next);
            trace.Redirects++;
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

    private sealed class HttpTrace
    {
        public int Attempts { get; set; }

        public int Redirects { get; set; }
    }
}
