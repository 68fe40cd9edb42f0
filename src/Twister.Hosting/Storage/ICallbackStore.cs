using Twister.Hosting.Callbacks;

namespace Twister.Hosting.Storage;

/// <summary>Reads of callback and webhook tokens. Writes: <see cref="CreateCallback"/>, <see cref="DeleteCallback"/>, <see cref="DeleteCallbacks"/>, <see cref="MarkCallbackOrphaned"/>.</summary>
public interface ICallbackStore
{
    /// <summary>The token, or <see langword="null"/> when it does not exist (never did, or was deleted).</summary>
    /// <param name="token">The token.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    Task<StoredCallback?> FindAsync(string token, CancellationToken cancellationToken);

    /// <summary>Every live webhook token, oldest first.</summary>
    /// <param name="cancellationToken">Cancels the call.</param>
    Task<IReadOnlyList<StoredCallback>> ListWebhooksAsync(CancellationToken cancellationToken);

    /// <summary>Every token not marked orphaned, oldest first (to look for callbacks that no longer exist).</summary>
    /// <param name="cancellationToken">Cancels the call.</param>
    Task<IReadOnlyList<StoredCallback>> ListUnmarkedAsync(CancellationToken cancellationToken);

    /// <summary>Every token marked orphaned and every orphaned task, oldest first.</summary>
    /// <param name="cancellationToken">Cancels the call.</param>
    Task<IReadOnlyList<OrphanedCallback>> ListOrphanedAsync(CancellationToken cancellationToken);
}
