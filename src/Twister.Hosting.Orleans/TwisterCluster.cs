using Orleans;
using Twister.Hosting.Callbacks;
using Twister.Hosting.Execution;
using Twister.Hosting.Orleans.Connectors;
using Twister.Hosting.Orleans.Plot;
using Twister.Hosting.Storage;
using Twister.Hosting.Tasks;
using Twister.Hosting.Webhooks;
using Twister.Runtime;

namespace Twister.Hosting.Orleans;

/// <summary>
/// The front door of Twister on an Orleans cluster, resolved from any silo's services: each connector's
/// lifecycle and the Plot user's actions are sent to the grain of the channel they concern, which runs them
/// in turn with that channel's tasks and webhook deliveries, wherever it lives; queries read PostgreSQL
/// directly. The same API as <see cref="TwisterHost"/>, whose executions the grains run.
/// </summary>
public sealed class TwisterCluster
{
    private readonly IGrainFactory _grains;
    private readonly TwisterHost _host;
    private readonly ITwisterStorage _storage;

    internal TwisterCluster(IGrainFactory grains, TwisterHost host, ITwisterStorage storage)
    {
        _grains = grains;
        _host = host;
        _storage = storage;
        Plot = new ClusterPlot(grains, host.Plot, storage.Plot);
    }

    /// <summary>The Plot side: activities and notes; notes a user adds or edits are written back through the channel's grain.</summary>
    public ClusterPlot Plot { get; }

    /// <summary>Where the data lives (for example <c>PostgreSQL database 'twister' on db:5432</c>).</summary>
    public string StorageLocation => _host.StorageLocation;

    /// <summary>Where webhook URLs point (<see cref="Twister.Hosting.Configuration.TwisterOptions.WebhookBaseUrl"/>, else the silo app's address).</summary>
    public Uri WebhookBaseAddress => _host.WebhookBaseAddress;

    /// <summary>The lifecycle of <typeparamref name="TConnector"/> on the cluster.</summary>
    /// <typeparam name="TConnector">A connector added with <c>AddConnector</c>.</typeparam>
    public ClusterConnector Connector<TConnector>()
        where TConnector : IConnectorDefinition
        => Connector(TConnector.Descriptor.Manifest.Name);

    /// <summary>The lifecycle of the connector named <paramref name="name"/> on the cluster.</summary>
    /// <param name="name">The connector's name.</param>
    public ClusterConnector Connector(string name) => new(_grains, _host.Connector(name), _storage.Plot);

    /// <summary>Every task of the queue, in queue order.</summary>
    /// <param name="cancellationToken">Cancels the call.</param>
    public Task<IReadOnlyList<QueuedTask>> GetTasksAsync(CancellationToken cancellationToken = default) => _host.GetTasksAsync(cancellationToken);

    /// <summary>Every recorded execution of the cluster, oldest first.</summary>
    /// <param name="cancellationToken">Cancels the call.</param>
    public Task<IReadOnlyList<ExecutionRecord>> GetExecutionsAsync(CancellationToken cancellationToken = default) => _host.GetExecutionsAsync(cancellationToken);

    /// <summary>The live webhooks created by connectors, oldest first.</summary>
    /// <param name="cancellationToken">Cancels the call.</param>
    public Task<IReadOnlyList<WebhookRegistration>> GetWebhooksAsync(CancellationToken cancellationToken = default) => _host.GetWebhooksAsync(cancellationToken);

    /// <summary>Marks and lists the tokens and tasks whose callback no longer exists (kept, never dropped).</summary>
    /// <param name="cancellationToken">Cancels the call.</param>
    public Task<IReadOnlyList<OrphanedCallback>> GetOrphanedCallbacksAsync(CancellationToken cancellationToken = default) => _host.GetOrphanedCallbacksAsync(cancellationToken);

    /// <summary>
    /// Delivers a webhook on this silo exactly as its endpoint would (same checks and status codes): an accepted
    /// delivery is persisted as a task of the webhook's channel and its grain is woken.
    /// </summary>
    /// <param name="url">A URL returned by <c>CreateWebhookAsync</c>.</param>
    /// <param name="request">The request.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    public Task<WebhookDelivery> DeliverWebhookAsync(string url, WebhookRequest request, CancellationToken cancellationToken = default)
        => _host.DeliverWebhookAsync(url, request, cancellationToken);
}
