using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Orleans;
using Orleans.Messaging;
using Orleans.Runtime;
using Twister.Hosting;
using Twister.Hosting.Configuration;
using Twister.Hosting.Orleans;
using Twister.Hosting.Orleans.Clustering;
using Twister.Hosting.Orleans.Configuration;
using Twister.Hosting.Orleans.Scheduling;
using Twister.Hosting.Storage;
using Twister.Hosting.Tasks;
using Twister.Hosting.Webhooks;

namespace Orleans.Hosting;

/// <summary>Runs Twister on an Orleans silo, with the cluster's membership and all data in one PostgreSQL database.</summary>
public static class TwisterSiloBuilderExtensions
{
    /// <summary>
    /// Adds Twister to this silo: the local host's core (storage, executions, tasks, webhook ingress) on the
    /// PostgreSQL database <paramref name="connectionString"/> names, the cluster's membership in that same
    /// database (<see cref="UseTwisterClustering(ISiloBuilder, string)"/>), a grain per (connector, channel) that
    /// runs the channel's executions in order, a poll that wakes the grains of channels with due tasks, and
    /// <see cref="TwisterCluster"/>, the front door. Add connectors to the returned builder; map the webhook
    /// endpoint in the silo's app with <c>app.MapTwisterWebhooks()</c>. The local background worker and loopback
    /// webhook server are off (the grains and the app's endpoint do their work), whatever
    /// <paramref name="configure"/> sets.
    /// </summary>
    /// <param name="silo">The silo.</param>
    /// <param name="connectionString">An Npgsql connection string; every silo of the cluster names the same database.</param>
    /// <param name="configure">Sets the host's options (budget, leases, retries, poll interval, origin mappings).</param>
    /// <returns>A builder to add connectors.</returns>
    public static TwisterBuilder AddTwister(this ISiloBuilder silo, string connectionString, Action<TwisterOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(silo);
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        silo.UseTwisterClustering(connectionString);
        var services = silo.Services;
        var twister = services.AddTwister(o =>
        {
            o.UsePostgreSql(connectionString);
            configure?.Invoke(o);
            o.RunTaskWorker = false;
            o.RunWebhookServer = false;
        });
        services.AddOptions<TwisterClusterOptions>();
        services.AddSingleton<IChannelWakeup, GrainChannelWakeup>();
        services.AddSingleton<DueChannelPoller>();
        services.AddSingleton<ILifecycleParticipant<ISiloLifecycle>>(sp => sp.GetRequiredService<DueChannelPoller>());
        services.AddSingleton(sp => new TwisterCluster(sp.GetRequiredService<IGrainFactory>(), sp.GetRequiredService<TwisterHost>(), sp.GetRequiredService<ITwisterStorage>()));
        return twister;
    }

    /// <summary>
    /// Keeps this silo's cluster membership in PostgreSQL, in tables of Twister's own beside its data (created or
    /// upgraded at start): Orleans' membership protocol (probes, votes, declaring silos dead) runs unchanged on
    /// them. <see cref="AddTwister"/> calls it; call it alone for a silo without Twister.
    /// </summary>
    /// <param name="silo">The silo.</param>
    /// <param name="connectionString">An Npgsql connection string; every silo and client of the cluster names the same database.</param>
    /// <returns>The silo builder.</returns>
    public static ISiloBuilder UseTwisterClustering(this ISiloBuilder silo, string connectionString)
    {
        ArgumentNullException.ThrowIfNull(silo);
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        AddClustering(silo.Services, connectionString);
        silo.Services.AddSingleton<IMembershipTable>(sp => sp.GetRequiredService<PostgreSqlMembershipTable>());
        return silo;
    }

    /// <summary>
    /// Lets a cluster client find the silos through the membership PostgreSQL keeps (the active silos that accept
    /// clients), for an app that calls the cluster without being a silo.
    /// </summary>
    /// <param name="client">The client.</param>
    /// <param name="connectionString">An Npgsql connection string naming the cluster's database.</param>
    /// <returns>The client builder.</returns>
    public static IClientBuilder UseTwisterClustering(this IClientBuilder client, string connectionString)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        AddClustering(client.Services, connectionString);
        client.Services.AddSingleton<IGatewayListProvider, PostgreSqlGatewayListProvider>();
        return client;
    }

    private static void AddClustering(IServiceCollection services, string connectionString)
    {
        services.AddSingleton(new ClusteringDatabase(connectionString));
        services.AddSingleton<PostgreSqlMembershipTable>();
    }
}
