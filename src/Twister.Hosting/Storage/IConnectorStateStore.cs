namespace Twister.Hosting.Storage;

/// <summary>Reads of connector state. Writes: <see cref="SetState"/>, <see cref="ClearState"/>, <see cref="ClearStatePrefix"/>.</summary>
public interface IConnectorStateStore
{
    /// <summary>The committed value of <paramref name="key"/>, or <see langword="null"/>.</summary>
    /// <param name="connector">The connector's name.</param>
    /// <param name="key">The key.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    Task<byte[]?> GetAsync(string connector, string key, CancellationToken cancellationToken);

    /// <summary>The committed keys starting with <paramref name="prefix"/>, sorted ordinally.</summary>
    /// <param name="connector">The connector's name.</param>
    /// <param name="prefix">The prefix; empty for every key.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    Task<IReadOnlyList<string>> ListKeysAsync(string connector, string prefix, CancellationToken cancellationToken);
}
