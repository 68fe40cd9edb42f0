using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Twister.Hosting.Webhooks;

namespace Microsoft.AspNetCore.Builder;

/// <summary>Maps the cluster's webhook endpoint into a silo's ASP.NET Core app.</summary>
public static class TwisterWebhookEndpointExtensions
{
    /// <summary>
    /// Maps <c>POST /webhooks/{token}</c>, the endpoint webhook URLs point at, on this silo's app: the delivery is
    /// checked (size, well-formed JSON, a live token), persisted as a task of the webhook's channel and answered
    /// 202 at once (400, 404 or 413 otherwise); the channel's grain, wherever it lives, is woken to run it.
    /// Map it on every silo: any silo takes any delivery.
    /// </summary>
    /// <param name="endpoints">The app's endpoints (a silo whose services have <c>AddTwister</c>).</param>
    /// <returns>The endpoint, to add metadata (authorization, rate limits) to.</returns>
    public static IEndpointConventionBuilder MapTwisterWebhooks(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        var ingress = endpoints.ServiceProvider.GetRequiredService<WebhookIngress>();
        return endpoints.MapPost(WebhookAddress.PathPrefix + "{token}", (string token, HttpContext context) => WebhookServer.HandleAsync(ingress, token, context));
    }
}
