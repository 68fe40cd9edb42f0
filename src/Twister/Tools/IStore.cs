namespace Twister.Tools;

/// <summary>
/// The Store tool: durable key-value state of one connector instance. Executions are ephemeral, so
/// anything that must survive to the next execution lives here. Values are UTF-8 JSON written by the
/// generated serializers; use the typed <see cref="ConnectorStore"/> shortcuts.
/// </summary>
public interface IStore
{
    /// <summary>Reads the raw value of <paramref name="key"/>, or <see langword="null"/> when absent.</summary>
    /// <param name="key">The key.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    ValueTask<byte[]?> GetAsync(string key, CancellationToken cancellationToken = default);

    /// <summary>Writes the raw value of <paramref name="key"/>.</summary>
    /// <param name="key">The key.</param>
    /// <param name="value">UTF-8 JSON.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    ValueTask SetAsync(string key, ReadOnlyMemory<byte> value, CancellationToken cancellationToken = default);

    /// <summary>Removes <paramref name="key"/>.</summary>
    /// <param name="key">The key.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    ValueTask ClearAsync(string key, CancellationToken cancellationToken = default);

    /// <summary>The keys that start with <paramref name="prefix"/>, sorted ordinally.</summary>
    /// <param name="prefix">The prefix; empty for every key.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    ValueTask<IReadOnlyList<string>> ListAsync(string prefix, CancellationToken cancellationToken = default);

    /// <summary>Removes every key of this connector (for example in <c>DeactivateAsync</c>).</summary>
    /// <param name="cancellationToken">Cancels the call.</param>
    ValueTask ClearAllAsync(CancellationToken cancellationToken = default);
}
