namespace Twister.Samples.Slack.Sync;

/// <summary>Progress of a channel's sync, kept in the Store between batches (each batch is a fresh execution).</summary>
/// <param name="Cursor">Where the next page of history starts; <see langword="null"/> for the first page.</param>
/// <param name="Oldest">The oldest message ts to reach back to (the user's history window), if limited.</param>
/// <param name="InitialSync">Whether this is the channel's first sync (only then are unread/archived set).</param>
public sealed record SyncState(string? Cursor, string? Oldest, bool InitialSync);
