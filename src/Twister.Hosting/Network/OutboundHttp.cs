using System.Net;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Polly;
using Polly.Registry;
using Twister.Hosting.Configuration;
using Twister.Hosting.Execution;
using Twister.Hosting.Observability;

namespace Twister.Hosting.Network;

/// <summary>
/// Outbound HTTP of every execution. One socket handler pools connections across executions and never
/// follows redirects; one resilience pipeline per origin (Microsoft.Extensions.Http.Resilience over Polly)
/// keeps that origin's circuit breaker. An execution's <c>INetwork.Http</c> runs, outermost first: the
/// allowlist handler (checks, redirects, the <c>Retry-After</c> reschedule), the origin's pipeline (total
/// timeout, retries, circuit breaker, attempt timeout), the attempt handler (budget, origin mapping), then the
/// sockets, or, for an origin mapped to an in-process handler (<see cref="TwisterOptions.MapOrigin(string, HttpMessageHandler)"/>),
/// that handler, with no socket.
/// </summary>
internal sealed class OutboundHttp : IDisposable
{
    private readonly SocketsHttpHandler _sockets = new() { PooledConnectionLifetime = TimeSpan.FromMinutes(5), AllowAutoRedirect = false };
    private readonly ResiliencePipelineRegistry<string> _pipelines = new();
    private readonly TwisterHttpOptions _options;
    private readonly ILogger<OutboundHttp> _logger;
    private readonly OriginRouter _router;

    public OutboundHttp(IOptions<TwisterOptions> options, ILogger<OutboundHttp> logger)
    {
        _options = options.Value.Http;
        _logger = logger;
        _router = new OriginRouter(options.Value, new HttpMessageInvoker(_sockets, disposeHandler: false));
    }

    /// <summary>The handler chain of one execution's client (not to be disposed: it ends in the shared socket handler).</summary>
    public HttpMessageHandler CreateHandler(ExecutionScope scope)
        => new AllowlistHandler(scope, _options, new ResilienceHandler(PipelineOf) { InnerHandler = new AttemptHandler(scope, _router) });

    private ResiliencePipeline<HttpResponseMessage> PipelineOf(HttpRequestMessage request)
        => _pipelines.GetOrAddPipeline<HttpResponseMessage>(request.RequestUri!.GetLeftPart(UriPartial.Authority), Build);

    private void Build(ResiliencePipelineBuilder<HttpResponseMessage> pipeline)
    {
        pipeline.AddTimeout(new HttpTimeoutStrategyOptions { Name = "total", Timeout = _options.TotalRequestTimeout });
        if (_options.MaxRetryAttempts > 0)
        {
            pipeline.AddRetry(new HttpRetryStrategyOptions
            {
                MaxRetryAttempts = _options.MaxRetryAttempts,
                Delay = _options.RetryDelay,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                ShouldRetryAfterHeader = true,
                ShouldHandle = args => ValueTask.FromResult(ShouldRetry(args.Outcome, args.Context)),
                OnRetry = args =>
                {
                    var request = args.Context.GetRequestMessage();
                    var answer = args.Outcome.Result is { } response ? ((int)response.StatusCode).ToString(System.Globalization.CultureInfo.InvariantCulture) : args.Outcome.Exception?.GetType().Name ?? "?";
                    HostLog.HttpRetry(_logger, request?.Method.Method ?? "?", request?.RequestUri?.GetLeftPart(UriPartial.Path) ?? "?", answer, args.AttemptNumber + 1, args.RetryDelay);
                    TwisterTracing.HttpRetry(answer, args.AttemptNumber + 1, args.RetryDelay);
                    return default;
                },
            });
        }
        var breaker = _options.CircuitBreaker;
        pipeline.AddCircuitBreaker(new HttpCircuitBreakerStrategyOptions
        {
            FailureRatio = breaker.FailureRatio,
            MinimumThroughput = breaker.MinimumThroughput,
            SamplingDuration = breaker.SamplingDuration,
            BreakDuration = breaker.BreakDuration,
        });
        pipeline.AddTimeout(new HttpTimeoutStrategyOptions { Name = "attempt", Timeout = _options.AttemptTimeout });
    }

    /// <summary>
    /// Transient failures are retried; a request that may change something (POST, PATCH) only when it was never
    /// processed: a <c>429</c>/<c>503</c> answer, or no connection at all. A <c>Retry-After</c> longer than the
    /// execution can wait is not waited for: the allowlist handler reschedules the task instead.
    /// </summary>
    private bool ShouldRetry(Outcome<HttpResponseMessage> outcome, ResilienceContext context)
    {
        if (!HttpClientResiliencePredicates.IsTransient(outcome)) return false;
        var request = context.GetRequestMessage();
        var idempotent = request is null || IsIdempotent(request.Method);
        if (outcome.Result is { } response)
        {
            return RetryAfterRule.TooLongWait(response, OutboundRequest.Of(request), _options) is null
                   && (idempotent || response.StatusCode is HttpStatusCode.TooManyRequests or HttpStatusCode.ServiceUnavailable);
        }
        return idempotent || outcome.Exception is HttpRequestException
        {
            HttpRequestError: HttpRequestError.NameResolutionError or HttpRequestError.ConnectionError or HttpRequestError.SecureConnectionError,
        };
    }

    private static bool IsIdempotent(HttpMethod method)
        => method == HttpMethod.Get || method == HttpMethod.Head || method == HttpMethod.Options || method == HttpMethod.Trace
           || method == HttpMethod.Put || method == HttpMethod.Delete;

    public void Dispose()
    {
        _pipelines.Dispose();
        _sockets.Dispose();
    }

    /// <summary>Sends a request to its origin's in-process handler when one is mapped, else through the socket handler.</summary>
    private sealed class OriginRouter(TwisterOptions options, HttpMessageInvoker sockets) : HttpMessageHandler
    {
        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            // Read at each request, as the address mappings are: a test may change them between executions.
            if (request.RequestUri is { IsAbsoluteUri: true } url
                && options.TryGetOriginHandler(url.GetLeftPart(UriPartial.Authority), out var handler))
            {
                using var inProcess = new HttpMessageInvoker(handler, disposeHandler: false);
                return await inProcess.SendAsync(request, cancellationToken).ConfigureAwait(false);
            }
            return await sockets.SendAsync(request, cancellationToken).ConfigureAwait(false);
        }
    }
}
