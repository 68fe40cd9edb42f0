namespace Twister;

/// <summary>Selects activities by their metadata, for bulk operations.</summary>
/// <param name="SyncProvider">The provider id the activities were synced by.</param>
/// <param name="ChannelId">The channel, or <see langword="null"/> for every channel of the provider.</param>
public sealed record ActivityFilter(string SyncProvider, string? ChannelId = null);

/// <summary>A change applied to every activity an <see cref="ActivityFilter"/> selects.</summary>
public sealed record ActivityUpdate
{
    /// <summary>The archived state to set, or <see langword="null"/> to leave it.</summary>
    public bool? Archived { get; init; }

    /// <summary>The unread state to set, or <see langword="null"/> to leave it.</summary>
    public bool? Unread { get; init; }
}
