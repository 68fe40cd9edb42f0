using Twister.Serialization;

namespace Twister.Runtime;

/// <summary>
/// Everything a host needs to run one connector type, emitted by the source generator: the static
/// manifest, a factory for fresh instances, the serializers and the callback dispatcher.
/// No reflection is involved.
/// </summary>
public abstract class ConnectorDescriptor
{
    /// <summary>The connector's static manifest.</summary>
    public abstract ConnectorManifest Manifest { get; }

    /// <summary>The generated serializers of the connector's callback arguments and stored state.</summary>
    public abstract ISerializerProvider Serializers { get; }

    /// <summary>Creates a fresh, unbound instance (one per execution).</summary>
    public abstract TwistBase CreateInstance();

    /// <summary>
    /// Invokes the callback named by <paramref name="invocation"/> on <paramref name="instance"/>:
    /// missing trailing arguments take their declared defaults, extra trailing ones are ignored.
    /// </summary>
    /// <param name="instance">A bound instance from <see cref="CreateInstance"/>.</param>
    /// <param name="invocation">The key, the persisted arguments and the invocation argument.</param>
    /// <param name="cancellationToken">Passed to the callback's <see cref="CancellationToken"/> parameter.</param>
    /// <exception cref="CallbackNotFoundException">The key is unknown.</exception>
    /// <exception cref="CallbackArgumentException">An argument is missing or cannot be read as its parameter type.</exception>
    public abstract Task InvokeCallbackAsync(TwistBase instance, CallbackInvocation invocation, CancellationToken cancellationToken);

    /// <summary>
    /// The connector's typed options (an instance of its <see cref="ConnectorAttribute.Options"/> class) from
    /// <paramref name="values"/>, which hold a valid value for every option; <see langword="null"/> when it
    /// declares none. Generated: no reflection.
    /// </summary>
    /// <param name="values">The values by key, defaults included.</param>
    public virtual object? BindOptions(IReadOnlyDictionary<string, string> values) => null;

    /// <summary><see langword="true"/> when the connector has a callback with <paramref name="key"/>.</summary>
    /// <param name="key">The key.</param>
    public bool HasCallback(string key)
    {
        foreach (var callback in Manifest.Callbacks)
        {
            if (string.Equals(callback.Key, key, StringComparison.Ordinal)) return true;
        }
        return false;
    }
}

/// <summary>One invocation of a persisted callback.</summary>
/// <param name="Key">The callback key.</param>
/// <param name="Arguments">The persisted arguments, a UTF-8 JSON array.</param>
/// <param name="InvocationArgument">The argument supplied at invocation (for example a <see cref="WebhookRequest"/>), if any.</param>
public readonly record struct CallbackInvocation(string Key, ReadOnlyMemory<byte> Arguments, object? InvocationArgument = null);

/// <summary>Implemented by the generated part of every <see cref="ConnectorAttribute">connector</see>.</summary>
public interface IConnectorDefinition
{
    /// <summary>The connector's generated descriptor.</summary>
    static abstract ConnectorDescriptor Descriptor { get; }
}
