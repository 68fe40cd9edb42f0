using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Twister.Hosting;
using Twister.Hosting.Callbacks;
using Twister.Hosting.Configuration;
using Twister.Hosting.Connectors;
using Twister.Hosting.Execution;
using Twister.Hosting.Network;
using Twister.Hosting.Observability;
using Twister.Hosting.Plot;
using Twister.Hosting.Storage;
using Twister.Hosting.Storage.Sqlite;
using Twister.Hosting.Tasks;
using Twister.Hosting.Webhooks;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers the local Twister host.</summary>
public static class TwisterServiceCollectionExtensions
{
    /// <summary>
    /// Adds the local host: its storage (SQLite unless another provider is chosen), task worker, webhook
    /// endpoint (on loopback unless the app maps <c>MapTwisterWebhooks()</c>), resilient outbound HTTP, metrics,
    /// tracing and <see cref="TwisterHost"/>. The options are bound from the <c>Twister</c> configuration
    /// section when an <c>IConfiguration</c> is registered, then <paramref name="configure"/> runs (code wins),
    /// and they are validated when the host starts. Add connectors with
    /// <see cref="TwisterBuilder.AddConnector{TConnector}"/>. Time comes from the registered
    /// <see cref="TimeProvider"/> (<see cref="TimeProvider.System"/> unless one is registered). The database is
    /// created, or upgraded in place, when the host's services are first resolved.
    /// </summary>
    /// <param name="services">The services.</param>
    /// <param name="configure">Adjusts the options after configuration binding.</param>
    /// <returns>A builder to add connectors.</returns>
    public static TwisterBuilder AddTwister(this IServiceCollection services, Action<TwisterOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddLogging();
        services.AddMetrics();
        services.AddOptions<TwisterOptions>().ValidateOnStart();
        services.AddSingleton<OptionsBinding>();
        services.AddSingleton<IConfigureOptions<TwisterOptions>>(sp => sp.GetRequiredService<OptionsBinding>());
        services.AddSingleton<IConfigureOptions<ConnectorOptions>>(sp => sp.GetRequiredService<OptionsBinding>());
        services.AddSingleton<IValidateOptions<TwisterOptions>, TwisterOptionsValidator>();
        services.AddSingleton<IValidateOptions<ConnectorOptions>, ConnectorOptionsValidator>();
        if (configure is not null) services.Configure(configure);

        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton(sp => OpenStorage(sp, Options(sp)));
        services.AddSingleton(sp => new ConnectorRegistry(sp.GetServices<ConnectorRegistration>()));
        services.AddSingleton<QueueMonitor>();
        services.AddSingleton(sp => new TwisterMetrics(sp.GetRequiredService<System.Diagnostics.Metrics.IMeterFactory>(), sp.GetRequiredService<QueueMonitor>()));
        services.AddSingleton<OutboundHttp>();
        services.AddSingleton<WebhookAddress>();
        services.AddSingleton<WebhookEndpoint>();
        services.AddSingleton<TaskSignal>();
        services.AddSingleton<HostIdentity>();
        services.AddSingleton<WorkerHeartbeat>();
        services.AddSingleton<ChannelGate>();
        services.AddSingleton(sp => new ExecutionEnvironment(
            sp.GetRequiredService<ITwisterStorage>(), Options(sp), sp.GetRequiredService<TimeProvider>(), sp.GetRequiredService<TwisterMetrics>(),
            sp.GetRequiredService<OutboundHttp>(), sp.GetRequiredService<WebhookAddress>()));
        services.AddSingleton<ExecutionEngine>();
        services.AddSingleton<OrphanReport>();
        services.AddSingleton<TaskRunner>();
        services.AddSingleton<WebhookIngress>();
        services.AddSingleton(sp => new PlotWorkspace(
            sp.GetRequiredService<ITwisterStorage>(), sp.GetRequiredService<ConnectorRegistry>(), sp.GetRequiredService<ExecutionEngine>(), sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton(sp => new TwisterHost(
            sp.GetRequiredService<ExecutionEnvironment>(), sp.GetRequiredService<ConnectorRegistry>(), sp.GetRequiredService<ExecutionEngine>(),
            sp.GetRequiredService<TaskRunner>(), sp.GetRequiredService<WebhookIngress>(), sp.GetRequiredService<OrphanReport>(),
            sp.GetRequiredService<PlotWorkspace>(), sp.GetRequiredService<TaskSignal>()));
        // The webhook endpoint starts first, so webhook URLs created by the first tasks carry its address.
        // Both check their options when they start (RunWebhookServer, RunTaskWorker).
        services.AddHostedService<WebhookServer>();
        services.AddHostedService<TaskWorker>();
        return new TwisterBuilder(services);
    }

    private static TwisterOptions Options(IServiceProvider services) => services.GetRequiredService<IOptions<TwisterOptions>>().Value;

    /// <summary>
    /// Creates the provider and brings its schema up to date before anything uses it. Migration runs once, at
    /// first resolution (typically the host's start); SQLite does no real asynchronous I/O, and a provider
    /// over the network is waited for here the way EF Core's <c>Migrate()</c> is.
    /// </summary>
    private static ITwisterStorage OpenStorage(IServiceProvider services, TwisterOptions options)
    {
        var storage = options.Storage?.Invoke(services) ?? new SqliteStorage(options.UseInMemoryDatabase ? null : options.DatabasePath);
        try
        {
            storage.MigrateAsync(CancellationToken.None).GetAwaiter().GetResult();
        }
        catch
        {
            storage.DisposeAsync().AsTask().GetAwaiter().GetResult();
            throw;
        }
        return storage;
    }
}
