namespace Twister.Tools;

/// <summary>The Callbacks tool: persisted callback tokens that survive upgrades of the connector.</summary>
public interface ICallbacks
{
    /// <summary>Persists <paramref name="callback"/> and returns its unguessable token.</summary>
    /// <param name="callback">The callback.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    ValueTask<string> CreateAsync(Callback callback, CancellationToken cancellationToken = default);

    /// <summary>Runs the callback behind <paramref name="token"/> inline, in the current execution and its budget.</summary>
    /// <param name="token">A token from <see cref="CreateAsync"/>.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    ValueTask RunAsync(string token, CancellationToken cancellationToken = default);

    /// <summary>Deletes a token; running it afterwards fails.</summary>
    /// <param name="token">The token.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    ValueTask DeleteAsync(string token, CancellationToken cancellationToken = default);

    /// <summary>Deletes every callback token of this connector (webhooks stay; delete them with the Network tool).</summary>
    /// <param name="cancellationToken">Cancels the call.</param>
    ValueTask DeleteAllAsync(CancellationToken cancellationToken = default);
}
