using Twister.Hosting.Connectors;
using Twister.Hosting.Network;
using Twister.Hosting.Storage;
using Twister.Hosting.Tools;
using Twister.Runtime;
using Twister.Serialization;
using Twister.Tools;

namespace Twister.Hosting.Execution;

/// <summary>
/// One execution: its connector, channel, budget, tools and unit of work. Tools read through the storage
/// and the unit of work's overlay, and buffer every write in the unit of work; the engine commits it when
/// the execution ends.
/// </summary>
internal sealed class ExecutionScope : ITwistRuntime, IDisposable
{
    private readonly Lazy<HostNetwork> _network;

    public ExecutionScope(string id, ConnectorRegistration connector, ExecutionKind kind, ChannelKey channel, ExecutionEnvironment environment,
        IReadOnlyDictionary<string, string> options)
    {
        Options = options;
        Id = id;
        Connector = connector;
        Kind = kind;
        Channel = channel;
        Environment = environment;
        Budget = new RequestBudget(connector.RequestBudget(environment.Options));
        Instance = connector.Descriptor.CreateInstance();
        _network = new(() => new HostNetwork(this, environment.OutboundHttp.CreateHandler(this)));
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

    /// <summary>The task this execution runs, if it runs one.</summary>
    public string? TaskId { get; init; }

    /// <summary>The channel it runs on: tasks, callbacks and webhooks it creates run on it too.</summary>
    public ChannelKey Channel { get; }

    public ExecutionEnvironment Environment { get; }

    public ITwisterStorage Storage => Environment.Storage;

    public UnitOfWork Work { get; } = new();

    public RequestBudget Budget { get; }

    /// <summary>The fresh connector instance of this execution.</summary>
    public TwistBase Instance { get; }

    public IIntegrations Integrations { get; }

    public INetwork Network => _network.Value;

    public IPlot Plot { get; }

    public ITasks Tasks { get; }

    public ICallbacks Callbacks { get; }

    public IStore Store { get; }

    public ISerializerProvider Serializers => Connector.Descriptor.Serializers;

    public IReadOnlyDictionary<string, string> Options { get; }

    public TimeProvider Clock => Environment.Clock;

    public DateTimeOffset Now => Clock.GetUtcNow();

    /// <summary>Counts one request against the budget and in the metrics.</summary>
    public void Spend(string request)
    {
        Budget.Spend(request);
        Environment.Metrics.Request(Connector.Name, request);
    }

    public void Dispose()
    {
        if (_network.IsValueCreated) _network.Value.Dispose();
    }
}
