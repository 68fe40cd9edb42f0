using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Twister.Hosting.Dashboard;
using Twister.Hosting.Dashboard.Pages;

namespace Microsoft.AspNetCore.Builder;

/// <summary>Mounts the Twister dashboard into an ASP.NET Core app.</summary>
public static class TwisterDashboardEndpointRouteBuilderExtensions
{
    /// <summary>
    /// Serves the dashboard at <paramref name="prefix"/> in this app instead of its own loopback server (which then does
    /// not start). The app's bindings are its own, but the dashboard still answers only requests from this machine to
    /// a loopback name (<c>localhost</c>, 127.0.0.1, [::1]); others get 403 with the reason.
    /// </summary>
    /// <param name="endpoints">The app, or a route group.</param>
    /// <param name="prefix">The path of the dashboard. Default <c>/twister</c>.</param>
    /// <returns>The route group's convention builder (for authorization, host filters...).</returns>
    /// <exception cref="InvalidOperationException"><c>AddTwister().AddDashboard()</c> was not called.</exception>
    public static IEndpointConventionBuilder MapTwisterDashboard(this IEndpointRouteBuilder endpoints, string prefix = "/twister")
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        ArgumentNullException.ThrowIfNull(prefix);
        var dashboard = endpoints.ServiceProvider.GetService<TwisterDashboard>()
            ?? throw new InvalidOperationException("MapTwisterDashboard() needs the dashboard: call services.AddTwister().AddDashboard() first.");
        dashboard.Mounted = true;
        return DashboardEndpoints.Map(endpoints, prefix.TrimEnd('/'));
    }
}
