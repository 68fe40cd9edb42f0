using System.ComponentModel;
using Twister.Tools;

namespace Twister.Runtime;

/// <summary>
/// The tools of a connector's current execution, as its generated <c>Tools</c> property exposes them:
/// Integrations, Plot, Tasks and Callbacks. A connector with <see cref="NetworkAccessAttribute"/> gets a
/// <see cref="NetworkToolSet"/>, which adds Network; without it, using the Network tool does not compile.
/// </summary>
public class ToolSet
{
    /// <summary>Binds the tools to one execution (called by generated code).</summary>
    /// <param name="runtime">The execution's tools.</param>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public ToolSet(ITwistRuntime runtime) => Runtime = runtime;

    /// <summary>Auth tokens per channel, for the connector's declared provider.</summary>
    public IIntegrations Integrations => Runtime.Integrations;

    /// <summary>Activities and notes in Plot.</summary>
    public IPlot Plot => Runtime.Plot;

    /// <summary>Durable tasks that run callbacks now or later.</summary>
    public ITasks Tasks => Runtime.Tasks;

    /// <summary>Persisted callback tokens.</summary>
    public ICallbacks Callbacks => Runtime.Callbacks;

    private protected ITwistRuntime Runtime { get; }
}

/// <summary>The tools of a connector with <see cref="NetworkAccessAttribute"/>: <see cref="ToolSet"/> plus Network.</summary>
public sealed class NetworkToolSet : ToolSet
{
    /// <summary>Binds the tools to one execution (called by generated code).</summary>
    /// <param name="runtime">The execution's tools.</param>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public NetworkToolSet(ITwistRuntime runtime)
        : base(runtime)
    {
    }

    /// <summary>HTTP limited to the connector's <see cref="NetworkAccessAttribute">allowlist</see>, and webhooks.</summary>
    public INetwork Network => Runtime.Network;
}
