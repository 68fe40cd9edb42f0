namespace Twister.Samples.Linear.Sync;

/// <summary>Progress of a channel's sync, kept in the Store between batches (each batch is a fresh execution).</summary>
/// <param name="Cursor">Where the next page starts; <see langword="null"/> for the first page.</param>
/// <param name="BatchNumber">The batch about to run, from 1.</param>
/// <param name="InitialSync">Whether this is the channel's first sync (only then are unread/archived set).</param>
public sealed record SyncState(string? Cursor, int BatchNumber, bool InitialSync);
