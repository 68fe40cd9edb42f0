namespace Twister.Hosting.Plot;

/// <summary>An activity (a Plot thread) as stored by the host.</summary>
/// <param name="Id">Plot's id of the activity.</param>
/// <param name="Source">The source it is upserted by.</param>
/// <param name="Connector">The connector that owns it, or <see langword="null"/> for a user's own thread.</param>
/// <param name="Type">The kind of activity.</param>
/// <param name="Title">The title.</param>
/// <param name="Done">When it was completed.</param>
/// <param name="Start">When it starts.</param>
/// <param name="End">When it ends.</param>
/// <param name="Meta">Its metadata.</param>
/// <param name="LinkType">The link type, for links made by create-link.</param>
/// <param name="LinkStatus">The link status, for links made by create-link.</param>
/// <param name="SourceUrl">The item's URL, for links made by create-link.</param>
/// <param name="Unread">Whether the user has not read it.</param>
/// <param name="Archived">Whether the user archived it.</param>
public sealed record PlotActivity(
    long Id,
    string? Source,
    string? Connector,
    ActivityType Type,
    string? Title,
    DateTimeOffset? Done,
    DateTimeOffset? Start,
    DateTimeOffset? End,
    ActivityMeta Meta,
    string? LinkType,
    string? LinkStatus,
    string? SourceUrl,
    bool Unread,
    bool Archived);
