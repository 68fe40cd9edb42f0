using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Twister.Hosting.HealthChecks;
using Twister.Hosting.Webhooks;

namespace Microsoft.AspNetCore.Builder;

/// <summary>Mounts the Twister host's endpoints into an ASP.NET Core app.</summary>
public static class TwisterEndpointRouteBuilderExtensions
{
    /// <summary>
    /// Serves the webhook endpoint, <c>POST /webhooks/{token}</c>, in this app instead of the loopback server
    /// (which then does not start). Webhook URLs start with <c>Twister:WebhookBaseUrl</c> when set (needed behind a
    /// proxy or under a route group), else with the app's first listening address.
    /// </summary>
    /// <param name="endpoints">The app, or a route group.</param>
    /// <returns>The endpoint's convention builder (for authorization, rate limiting, host filters...).</returns>
    /// <exception cref="InvalidOperationException"><c>services.AddTwister()</c> was not called.</exception>
    public static IEndpointConventionBuilder MapTwisterWebhooks(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        var endpoint = endpoints.ServiceProvider.GetService<WebhookEndpoint>()
            ?? throw new InvalidOperationException("MapTwisterWebhooks() needs the Twister host: call services.AddTwister() first.");
        endpoint.Mount();
        return endpoints.MapPost(WebhookEndpoint.Route, new RequestDelegate(endpoint.HandleAsync)).WithDisplayName("Twister webhooks");
    }

    /// <summary>
    /// Reports the Twister health checks (<c>services.AddHealthChecks().AddTwister()</c>) at <paramref name="pattern"/>:
    /// 200 when healthy or degraded, 503 when unhealthy, with a JSON body listing each check's status, description and data.
    /// </summary>
    /// <param name="endpoints">The app, or a route group.</param>
    /// <param name="pattern">The path. Default <c>/health/twister</c>.</param>
    /// <returns>The endpoint's convention builder.</returns>
    public static IEndpointConventionBuilder MapTwisterHealthChecks(this IEndpointRouteBuilder endpoints, string pattern = "/health/twister")
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        return endpoints.MapHealthChecks(pattern, new HealthCheckOptions
        {
            Predicate = registration => registration.Tags.Contains(TwisterHealthChecksBuilderExtensions.Tag),
            ResponseWriter = HealthReportJson.WriteAsync,
        });
    }
}
