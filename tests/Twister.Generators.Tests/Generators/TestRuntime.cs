using System.Text;
using Twister.Runtime;
using Twister.Serialization;
using Twister.Tools;

namespace Twister.Generators.Tests.Generators;

/// <summary>The smallest <see cref="ITwistRuntime"/> that runs generated callbacks: an in-memory store and option values only.</summary>
internal sealed class TestRuntime(ConnectorDescriptor descriptor) : ITwistRuntime, IStore
{
    private readonly Dictionary<string, byte[]> _values = new(StringComparer.Ordinal);

    public IIntegrations Integrations => throw new NotSupportedException();
    public INetwork Network => throw new NotSupportedException();
    public IPlot Plot => throw new NotSupportedException();
    public ITasks Tasks => throw new NotSupportedException();
    public ICallbacks Callbacks => throw new NotSupportedException();
    public IStore Store => this;
    public ISerializerProvider Serializers => descriptor.Serializers;
    public IReadOnlyDictionary<string, string> Options { get; init; } = new Dictionary<string, string>();

    /// <summary>The option values executions see (empty unless a test sets them).</summary>
    public IReadOnlyDictionary<string, string> Options { get; set; } = new Dictionary<string, string>();

    /// <summary>The stored JSON of <paramref name="key"/>, or <see langword="null"/>.</summary>
    public string? Json(string key) => _values.TryGetValue(key, out var bytes) ? Encoding.UTF8.GetString(bytes) : null;

    /// <summary>Creates a bound instance and invokes a callback on it.</summary>
    public Task InvokeAsync(string key, string argumentsJson, object? invocationArgument = null)
        => InvokeAsync(key, Encoding.UTF8.GetBytes(argumentsJson), invocationArgument);

    /// <summary>Creates a bound instance and invokes a callback on it.</summary>
    public Task InvokeAsync(string key, ReadOnlyMemory<byte> arguments, object? invocationArgument = null)
        => descriptor.InvokeCallbackAsync(NewInstance(), new CallbackInvocation(key, arguments, invocationArgument), CancellationToken.None);

    /// <summary>A fresh instance bound to this runtime, as a host creates one per execution.</summary>
    public TwistBase NewInstance()
    {
        var instance = descriptor.CreateInstance();
        ((ITwistInstance)instance).Bind(this);
        return instance;
    }

    ValueTask<byte[]?> IStore.GetAsync(string key, CancellationToken cancellationToken) => ValueTask.FromResult(_values.GetValueOrDefault(key));

    ValueTask IStore.SetAsync(string key, ReadOnlyMemory<byte> value, CancellationToken cancellationToken)
    {
        _values[key] = value.ToArray();
        return ValueTask.CompletedTask;
    }

    ValueTask IStore.ClearAsync(string key, CancellationToken cancellationToken)
    {
        _values.Remove(key);
        return ValueTask.CompletedTask;
    }

    ValueTask<IReadOnlyList<string>> IStore.ListAsync(string prefix, CancellationToken cancellationToken)
        => ValueTask.FromResult<IReadOnlyList<string>>([.. _values.Keys.Where(k => k.StartsWith(prefix, StringComparison.Ordinal)).Order(StringComparer.Ordinal)]);

    ValueTask IStore.ClearAllAsync(CancellationToken cancellationToken)
    {
        _values.Clear();
        return ValueTask.CompletedTask;
    }
}
