using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Twister.Hosting;
using Twister.Hosting.Callbacks;
using Twister.Hosting.Configuration;
using Twister.Hosting.Connectors;
using Twister.Hosting.Execution;
using Twister.Hosting.Network;
using Twister.Hosting.Observability;
using Twister.Hosting.Plot;
using Twister.Hosting.Storage;
using Twister.Hosting.Tasks;
using Twister.Hosting.Webhooks;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers the local Twister host.</summary>
public static class TwisterServiceCollectionExtensions
{
    /// <summary>
    /// Adds the local host: SQLite store, task worker, loopback webhook endpoint and <see cref="TwisterHost"/>.
    /// Add connectors with <see cref="TwisterBuilder.AddConnector{TConnector}"/>. Time comes from the
    /// registered <see cref="TimeProvider"/> (<see cref="TimeProvider.System"/> unless one is registered).
    /// </summary>
    /// <param name="services">The services.</param>
    /// <param name="configure">Sets the options.</param>
    /// <returns>A builder to add connectors.</returns>
    public static TwisterBuilder AddTwister(this IServiceCollection services, Action<TwisterOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        var options = new TwisterOptions();
        configure?.Invoke(options);
        services.AddLogging();
        services.AddSingleton(options);
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<TwisterDatabase>();
        services.AddSingleton(sp => new ConnectorRegistry(sp.GetServices<ConnectorRegistration>()));
        services.AddSingleton<TwisterMetrics>();
        services.AddSingleton<OutboundHttp>();
        services.AddSingleton<WebhookAddress>();
        services.AddSingleton<TaskSignal>();
        services.AddSingleton<ExecutionEngine>();
        services.AddSingleton<OrphanReport>();
        services.AddSingleton<TaskRunner>();
        services.AddSingleton<WebhookIngress>();
        services.AddSingleton(sp => new PlotWorkspace(
            sp.GetRequiredService<TwisterDatabase>(), sp.GetRequiredService<ConnectorRegistry>(), sp.GetRequiredService<ExecutionEngine>(), sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton(sp => new TwisterHost(
            sp.GetRequiredService<TwisterDatabase>(), sp.GetRequiredService<ConnectorRegistry>(), sp.GetRequiredService<ExecutionEngine>(),
            sp.GetRequiredService<TaskRunner>(), sp.GetRequiredService<WebhookIngress>(), sp.GetRequiredService<WebhookAddress>(),
            sp.GetRequiredService<OrphanReport>(), sp.GetRequiredService<PlotWorkspace>(), sp.GetService<IConfiguration>()));
        // The webhook endpoint starts first, so webhook URLs created by the first tasks carry its port.
        if (options.RunWebhookServer) services.AddHostedService<WebhookServer>();
        if (options.RunTaskWorker) services.AddHostedService<TaskWorker>();
        return new TwisterBuilder(services);
    }
}
