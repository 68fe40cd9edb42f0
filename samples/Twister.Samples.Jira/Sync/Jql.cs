using System.Globalization;

namespace Twister.Samples.Jira.Sync;

/// <summary>
/// The JQL the connector sends. Jira reads the dates of a JQL query in the time zone of the user the token
/// belongs to, to the minute, so dates are written in that zone and rounded down (a sync reads the boundary
/// minute again; upserts make that harmless).
/// </summary>
public static class Jql
{
    /// <summary>The issues of a channel: a project, from <paramref name="createdMin"/> on when the history window is limited.</summary>
    /// <param name="projectId">The project.</param>
    /// <param name="createdMin">The oldest creation time to sync, or <see langword="null"/> for all.</param>
    /// <param name="zone">The time zone Jira reads dates in.</param>
    public static string Scope(string projectId, DateTimeOffset? createdMin, TimeZoneInfo zone)
        => $"project = {projectId}" + (createdMin is { } min ? $" AND created >= \"{Date(min, zone)}\"" : "");

    /// <summary>A backfill of <paramref name="scope"/>: oldest first by creation, an order later edits do not change.</summary>
    /// <param name="scope">See <see cref="Scope"/>.</param>
    public static string Backfill(string scope) => $"{scope} ORDER BY created ASC";

    /// <summary>The issues of <paramref name="scope"/> updated since <paramref name="since"/> (all when null), oldest change first.</summary>
    /// <param name="scope">See <see cref="Scope"/>.</param>
    /// <param name="since">The incremental sync's watermark.</param>
    /// <param name="zone">The time zone Jira reads dates in.</param>
    public static string UpdatedSince(string scope, DateTimeOffset? since, TimeZoneInfo zone)
        => scope + (since is { } from ? $" AND updated >= \"{Date(from, zone)}\"" : "") + " ORDER BY updated ASC";

    /// <summary>The issues of <paramref name="scope"/>, the most recently updated first (its first issue gives the watermark).</summary>
    /// <param name="scope">See <see cref="Scope"/>.</param>
    public static string LatestUpdate(string scope) => $"{scope} ORDER BY updated DESC";

    /// <summary><paramref name="time"/> as a JQL date in <paramref name="zone"/>, to the minute.</summary>
    /// <param name="time">The time.</param>
    /// <param name="zone">The time zone Jira reads dates in.</param>
    public static string Date(DateTimeOffset time, TimeZoneInfo zone)
        => TimeZoneInfo.ConvertTime(time, zone).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);

    /// <summary>The time zone with the IANA id <paramref name="id"/>, or UTC when it is missing or unknown here.</summary>
    /// <param name="id">A time zone id from Jira (<c>GET /myself</c>).</param>
    public static TimeZoneInfo Zone(string? id)
        => id is not null && TimeZoneInfo.TryFindSystemTimeZoneById(id, out var zone) ? zone : TimeZoneInfo.Utc;
}
