using Twister.Runtime;
using Twister.Serialization;

namespace Twister.Hosting.Tests.TestConnectors;

/// <summary>
/// A hand-written stand-in for the descriptor the generator emits: the manifest, a factory, the
/// serializers and a dispatcher from callback key to method (a table here, a switch in generated code).
/// </summary>
internal sealed class TestDescriptor<TConnector>(
    Func<IReadOnlyList<CallbackManifest>, ConnectorManifest> manifest,
    IReadOnlyDictionary<string, Func<TConnector, CallbackArguments, object?, CancellationToken, Task>> callbacks)
    : ConnectorDescriptor
    where TConnector : TwistBase, new()
{
    private readonly ConnectorManifest _manifest = manifest([.. callbacks.Keys.Order(StringComparer.Ordinal).Select(k => new CallbackManifest(k, k, null, []))]);

    public override ConnectorManifest Manifest => _manifest;

    public override ISerializerProvider Serializers => TestSerializers.Instance;

    public override TwistBase CreateInstance() => new TConnector();

    public override Task InvokeCallbackAsync(TwistBase instance, CallbackInvocation invocation, CancellationToken cancellationToken)
    {
        if (!callbacks.TryGetValue(invocation.Key, out var callback)) throw new CallbackNotFoundException(_manifest.Name, invocation.Key);
        return callback((TConnector)instance, new CallbackArguments(invocation.Key, invocation.Arguments), invocation.InvocationArgument, cancellationToken);
    }
}

/// <summary>The serializers of the types the test connectors store.</summary>
internal sealed class TestSerializers : ISerializerProvider
{
    public static TestSerializers Instance { get; } = new();

    public TwisterSerializer<T>? GetSerializer<T>()
        => typeof(T) == typeof(string) ? (TwisterSerializer<T>)(object)BuiltInSerializers.String
            : typeof(T) == typeof(int) ? (TwisterSerializer<T>)(object)BuiltInSerializers.Int32
            : null;
}
