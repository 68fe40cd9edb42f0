namespace Twister.Hosting.Plot;

/// <summary>Selects activities; every criterion left null matches everything.</summary>
public sealed record ActivityQuery
{
    /// <summary>Only activities owned by this connector.</summary>
    public string? Connector { get; init; }

    /// <summary>Only activities whose meta names this sync provider.</summary>
    public string? SyncProvider { get; init; }

    /// <summary>Only activities whose meta names this channel.</summary>
    public string? ChannelId { get; init; }

    /// <summary>Only archived (<see langword="true"/>) or unarchived (<see langword="false"/>) activities.</summary>
    public bool? Archived { get; init; }

    /// <summary>Every activity.</summary>
    public static ActivityQuery All { get; } = new();
}
