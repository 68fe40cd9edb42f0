using System.Buffers;
using System.Text.Json;
using Twister.Serialization;

namespace Twister.Tools;

/// <summary>
/// Typed access to the <see cref="IStore"/> through the connector's generated serializers
/// (no reflection). Exposed to connectors as their <c>Store</c> property.
/// </summary>
public sealed class ConnectorStore
{
    private readonly IStore _store;
    private readonly ISerializerProvider _serializers;

    /// <summary>Creates the typed view.</summary>
    /// <param name="store">The raw store.</param>
    /// <param name="serializers">The connector's generated serializers.</param>
    public ConnectorStore(IStore store, ISerializerProvider serializers)
    {
        _store = store;
        _serializers = serializers;
    }

    /// <summary>Reads <paramref name="key"/>, or returns <see langword="default"/> when it is absent.</summary>
    /// <typeparam name="T">The stored type; a serializer for it must have been generated.</typeparam>
    /// <param name="key">The key.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <exception cref="JsonException">The stored value cannot be read as <typeparamref name="T"/>.</exception>
    public async ValueTask<T?> GetAsync<T>(string key, CancellationToken cancellationToken = default)
    {
        var bytes = await _store.GetAsync(key, cancellationToken).ConfigureAwait(false);
        if (bytes is null) return default;
        return Deserialize(key, bytes, SerializerFor<T>());
    }

    /// <summary>Writes <paramref name="value"/> under <paramref name="key"/>.</summary>
    /// <typeparam name="T">The stored type; a serializer for it must have been generated.</typeparam>
    /// <param name="key">The key.</param>
    /// <param name="value">The value.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    public ValueTask SetAsync<T>(string key, T value, CancellationToken cancellationToken = default)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            SerializerFor<T>().Write(writer, value);
        }
        return _store.SetAsync(key, buffer.WrittenMemory, cancellationToken);
    }

    /// <summary>Removes <paramref name="key"/>.</summary>
    /// <param name="key">The key.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    public ValueTask ClearAsync(string key, CancellationToken cancellationToken = default)
        => _store.ClearAsync(key, cancellationToken);

    /// <summary>The keys that start with <paramref name="prefix"/>, sorted ordinally.</summary>
    /// <param name="prefix">The prefix; empty for every key.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    public ValueTask<IReadOnlyList<string>> ListAsync(string prefix, CancellationToken cancellationToken = default)
        => _store.ListAsync(prefix, cancellationToken);

    /// <summary>Removes every key of this connector.</summary>
    /// <param name="cancellationToken">Cancels the call.</param>
    public ValueTask ClearAllAsync(CancellationToken cancellationToken = default)
        => _store.ClearAllAsync(cancellationToken);

    private TwisterSerializer<T> SerializerFor<T>()
        => _serializers.GetSerializer<T>()
           ?? throw new TwisterException($"No serializer was generated for '{typeof(T)}'. Store only types used with Store.GetAsync/SetAsync in the connector class, so that the generator sees them.");

    private static T Deserialize<T>(string key, byte[] bytes, TwisterSerializer<T> serializer)
    {
        var reader = new Utf8JsonReader(bytes);
        try
        {
            reader.Read();
            return serializer.Read(ref reader);
        }
        catch (JsonException ex)
        {
            throw new JsonException($"Stored value '{key}' cannot be read as {typeof(T)}: {ex.Message}", ex);
        }
    }
}
