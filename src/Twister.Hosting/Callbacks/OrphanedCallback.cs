namespace Twister.Hosting.Callbacks;

/// <summary>
/// A persisted token or task whose callback key no longer exists in its connector. It is kept (never
/// silently dropped) so that restoring the callback, or retiring it deliberately, stays possible.
/// </summary>
/// <param name="Kind">Whether a callback token or a queued task refers to the key.</param>
/// <param name="Id">The token or the task id.</param>
/// <param name="Connector">The connector's name.</param>
/// <param name="CallbackKey">The missing key.</param>
/// <param name="Reason">Why it cannot run.</param>
public sealed record OrphanedCallback(OrphanKind Kind, string Id, string Connector, string CallbackKey, string Reason);

/// <summary>What refers to a missing callback.</summary>
public enum OrphanKind
{
    /// <summary>A callback token (including webhook tokens).</summary>
    Token,
    /// <summary>A queued task.</summary>
    Task,
}
