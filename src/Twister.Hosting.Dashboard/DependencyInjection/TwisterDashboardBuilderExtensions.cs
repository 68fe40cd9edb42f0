using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Twister.Hosting.Dashboard;
using Twister.Hosting.Dashboard.Server;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Adds the local dashboard to the Twister host.</summary>
public static class TwisterDashboardBuilderExtensions
{
    /// <summary>
    /// Adds the dashboard: pages listing what reached Plot, the task queue (with retry and cancel), executions and live
    /// webhooks. It serves on its own server on 127.0.0.1 (a free port unless <see cref="DashboardOptions.Port"/> is set;
    /// read <see cref="TwisterDashboard.Address"/> once the host has started), or in an app that maps
    /// <c>MapTwisterDashboard()</c>. It has no authentication: it binds loopback addresses only (any other
    /// <see cref="DashboardOptions.Address"/> fails the host's start) and answers only requests from this machine.
    /// Options bind from <c>Twister:Dashboard</c>, then <paramref name="configure"/> runs.
    /// </summary>
    /// <param name="twister">The builder <c>services.AddTwister()</c> returned.</param>
    /// <param name="configure">Adjusts the options.</param>
    /// <returns>The builder.</returns>
    public static TwisterBuilder AddDashboard(this TwisterBuilder twister, Action<DashboardOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(twister);
        var services = twister.Services;
        services.AddOptions<DashboardOptions>().ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IConfigureOptions<DashboardOptions>, DashboardOptionsBinding>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<DashboardOptions>, DashboardOptionsValidator>());
        if (configure is not null) services.Configure(configure);
        services.TryAddSingleton(_ => new TwisterDashboard());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<Hosting.IHostedService, DashboardServer>());
        return twister;
    }
}
