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

    /// <summary>The status to set (one item only, validated against its link type), or <see langword="null"/> to leave it.</summary>
    public string? Status { get; init; }
}

/// <summary>Selects a connector's own items to archive; every criterion left null matches everything.</summary>
public sealed record ArchiveFilter
{
    /// <summary>Only items of this channel.</summary>
    public string? ChannelId { get; init; }

    /// <summary>Only items of this link type.</summary>
    public string? LinkType { get; init; }

    /// <summary>Only items in this status.</summary>
    public string? Status { get; init; }

    /// <summary>Only items whose meta holds every one of these entries.</summary>
    public IReadOnlyDictionary<string, string>? Meta { get; init; }
}
