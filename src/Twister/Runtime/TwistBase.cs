using Twister.Tools;

namespace Twister.Runtime;

/// <summary>
/// The non-generic root of every twist and connector. Hosts create one instance per execution
/// (a lifecycle call, a task, a webhook delivery) and bind it to that execution's tools, so
/// instance fields never survive between executions: keep state in the <see cref="Store"/>.
/// </summary>
public abstract class TwistBase : ITwistInstance
{
    private ITwistRuntime? _runtime;
    private ConnectorStore? _store;

    /// <summary>The execution's tools; generated code exposes them as the typed <c>Tools</c> property.</summary>
    /// <exception cref="InvalidOperationException">The instance is not bound to a host execution.</exception>
    protected ITwistRuntime Runtime
        => _runtime ?? throw new InvalidOperationException($"{GetType().Name} is not bound to an execution; create it through a Twister host or Twister.Testing.");

    /// <summary>Typed durable state of this connector instance (the seed's <c>get</c>/<c>set</c>/<c>clear</c>).</summary>
    protected ConnectorStore Store => _store ??= new ConnectorStore(Runtime.Store, Runtime.Serializers);

    void ITwistInstance.Bind(ITwistRuntime runtime)
    {
        ArgumentNullException.ThrowIfNull(runtime);
        if (_runtime is not null) throw new InvalidOperationException("An instance is bound to exactly one execution.");
        _runtime = runtime;
    }

    /// <summary>Called once when the twist or connector is installed, before its channels are listed.</summary>
    /// <param name="cancellationToken">Cancels the call.</param>
    public virtual Task ActivateAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>Called once when a new version (a changed manifest) replaces the one that was installed: migrate stored state here.</summary>
    /// <param name="cancellationToken">Cancels the call.</param>
    public virtual Task UpgradeAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>Called once when the twist or connector is uninstalled: clean up what it set up outside Plot.</summary>
    /// <param name="cancellationToken">Cancels the call.</param>
    public virtual Task DeactivateAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
