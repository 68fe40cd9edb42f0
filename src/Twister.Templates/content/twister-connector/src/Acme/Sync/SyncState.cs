namespace Acme.Sync;

/// <summary>
/// A channel's sync progress, kept in the Store between pages (each page runs in a fresh execution). Its
/// shape is recorded in State.Unshipped.txt: change it only by adding members with defaults.
/// </summary>
/// <param name="Cursor">Where the next page starts; <see langword="null"/> for the first page.</param>
/// <param name="InitialSync">Whether this is the channel's first sync (only then are unread and archived set).</param>
public sealed record SyncState(string? Cursor, bool InitialSync);
