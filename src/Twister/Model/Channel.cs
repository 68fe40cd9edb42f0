namespace Twister;

/// <summary>
/// A resource of the external service the user can enable for syncing (a Linear team, a calendar,
/// a Slack workspace).
/// </summary>
/// <param name="Id">The external, immutable id of the resource.</param>
/// <param name="Title">The name shown to the user.</param>
public sealed record Channel(string Id, string Title)
{
    /// <summary>Link types available in this channel only (per-channel link types), if any.</summary>
    public IReadOnlyList<LinkTypeConfig>? LinkTypes { get; init; }
}
