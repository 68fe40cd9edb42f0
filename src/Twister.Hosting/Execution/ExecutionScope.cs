using Twister.Hosting.Configuration;
using Twister.Hosting.Connectors;
using Twister.Hosting.Network;
using Twister.Hosting.Observability;
using Twister.Hosting.Storage;
using Twister.Hosting.Tools;
using Twister.Hosting.Webhooks;
using Twister.Runtime;
using Twister.Serialization;
using Twister.Tools;

namespace Twister.Hosting.Execution;

/// <summary>
/// One execution: its connector, budget and tools. The tools write straight into the execution's
/// SQLite transaction, so its store writes, queued tasks, callback tokens and Plot upserts become
/// durable together when it commits, and none of them when it fails.
/// </summary>
internal sealed class ExecutionScope : ITwistRuntime, IDisposable
{
    private readonly Lazy<HostNetwork> _network;

    public ExecutionScope(string id, ConnectorRegistration connector, ExecutionKind kind, TwisterDatabase database, TwisterOptions options,
        TimeProvider clock, TwisterMetrics metrics, OutboundHttp outboundHttp, WebhookAddress webhookAddress)
    {
        Id = id;
        Connector = connector;
        Kind = kind;
        Database = database;
        Clock = clock;
        Metrics = metrics;
        Budget = new RequestBudget(options.RequestBudget);
        Instance = connector.Descriptor.CreateInstance();
        _network = new(() => new HostNetwork(this, new AllowlistHandler(this, new UrlAllowlist(connector.Descriptor.Manifest.NetworkUrls), options, outboundHttp.Handler), webhookAddress));
        Integrations = new HostIntegrations(this);
        Plot = new HostPlot(this);
        Tasks = new HostTasks(this);
        Callbacks = new HostCallbacks(this);
        Store = new HostStore(this);
        ((ITwistInstance)Instance).Bind(this);
    }

    public string Id { get; }

    public ConnectorRegistration Connector { get; }

    public ExecutionKind Kind { get; }

    public TwisterDatabase Database { get; }

    public TimeProvider Clock { get; }

    public TwisterMetrics Metrics { get; }

    public RequestBudget Budget { get; }

    /// <summary>The fresh connector instance of this execution.</summary>
    public TwistBase Instance { get; }

    /// <summary>Set when the execution queued a task, so the worker is woken after the commit.</summary>
    public bool QueuedTasks { get; set; }

    public IIntegrations Integrations { get; }

    public INetwork Network => _network.Value;

    public IPlot Plot { get; }

    public ITasks Tasks { get; }

    public ICallbacks Callbacks { get; }

    public IStore Store { get; }

    public ISerializerProvider Serializers => Connector.Descriptor.Serializers;

    /// <summary>Counts one request against the budget and in the metrics.</summary>
    public void Spend(string request)
    {
        Budget.Spend(request);
        Metrics.Request(Connector.Name, request);
    }

    public DateTimeOffset Now => Clock.GetUtcNow();

    public void Dispose()
    {
        if (_network.IsValueCreated) _network.Value.Dispose();
    }
}
