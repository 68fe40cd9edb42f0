namespace Twister;

/// <summary>
/// Metadata stored with an activity. <see cref="SyncProvider"/> and <see cref="ChannelId"/> are
/// required on every synced activity: Plot uses them for bulk operations (for example archiving
/// everything of a channel when it is disabled).
/// </summary>
public sealed class ActivityMeta
{
    private readonly Dictionary<string, string> _values = new(StringComparer.Ordinal);

    /// <summary>The connector's provider id (for example <c>"linear"</c>).</summary>
    public string? SyncProvider { get; init; }

    /// <summary>The channel the activity was synced from.</summary>
    public string? ChannelId { get; init; }

    /// <summary>The external item's id, used by write-back to find the item.</summary>
    public string? ExternalId { get; init; }

    /// <summary>Custom entries (for example a mutable issue key kept beside the immutable id).</summary>
    /// <param name="key">The entry's key.</param>
    public string? this[string key]
    {
        get => _values.TryGetValue(key, out var value) ? value : null;
        init
        {
            if (value is null) _values.Remove(key);
            else _values[key] = value;
        }
    }

    /// <summary>The custom entries, in no particular order.</summary>
    public IReadOnlyDictionary<string, string> Values => _values;

    /// <summary>Creates metadata with the given custom entries.</summary>
    /// <param name="syncProvider">The provider id.</param>
    /// <param name="channelId">The channel id.</param>
    /// <param name="externalId">The external id.</param>
    /// <param name="values">Custom entries.</param>
    public static ActivityMeta Create(string? syncProvider, string? channelId, string? externalId, IEnumerable<KeyValuePair<string, string>>? values)
    {
        var meta = new ActivityMeta { SyncProvider = syncProvider, ChannelId = channelId, ExternalId = externalId };
        if (values is not null)
        {
            foreach (var (key, value) in values) meta._values[key] = value;
        }
        return meta;
    }
}
