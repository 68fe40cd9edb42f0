using System.Buffers.Text;
using System.Text;
using Twister.Samples.FakeGoogleCalendar.Model;

namespace Twister.Samples.FakeGoogleCalendar.Data;

/// <summary>What a client asks of <c>events.list</c> (<c>singleEvents=false</c>: masters and their exceptions, not expanded occurrences).</summary>
/// <param name="TimeMin">Exclusive lower bound on an event's end; recurring masters are returned regardless, as Google does.</param>
/// <param name="TimeMax">Exclusive upper bound on an event's start.</param>
/// <param name="ShowDeleted">Whether deleted (cancelled) events come back; cancelled occurrences always do.</param>
/// <param name="MaxResults">The page size (1..2500; Google's default 250).</param>
/// <param name="PageToken">The previous page's <c>nextPageToken</c>.</param>
/// <param name="SyncToken">A previous listing's <c>nextSyncToken</c>: only what changed since, deletions included.</param>
public sealed record EventListRequest(DateTimeOffset? TimeMin = null, DateTimeOffset? TimeMax = null, bool ShowDeleted = false, int MaxResults = 250, string? PageToken = null, string? SyncToken = null);

/// <summary>A page of events.</summary>
/// <param name="Items">The events.</param>
/// <param name="NextPageToken">The token of the next page, or <see langword="null"/> on the last one.</param>
/// <param name="NextSyncToken">On the last page only: the token of the next incremental listing.</param>
public sealed record EventListPage(IReadOnlyList<CalendarEvent> Items, string? NextPageToken, string? NextSyncToken);

/// <summary>The sync token is no longer valid (expired, or issued before <see cref="FakeCalendarData.ExpireSyncTokens"/>): the client must list in full again. The API answers 410 Gone.</summary>
public sealed class SyncTokenExpiredException() : Exception("Sync token is no longer valid, a full sync is required.");

/// <summary>
/// Google's <c>events.list</c> rules over a calendar's events. Events come in the order of their last
/// change; a page token holds the last change number served and the change number of the listing's
/// first page (its snapshot). Later pages leave out what changed after the snapshot, so an edit,
/// creation or deletion between pages never makes the listing skip an event: the changed event comes
/// with the next incremental listing, whose sync token (on the last page) starts from the snapshot.
/// </summary>
internal static class EventListing
{
    public static EventListPage List(IReadOnlyCollection<CalendarEvent> events, string calendarId, long generation, long currentChange, EventListRequest request)
    {
        if (request.MaxResults is < 1 or > 2500) throw new ArgumentException($"maxResults must be between 1 and 2500, not {request.MaxResults}.", nameof(request));
        if (request.SyncToken is not null && (request.TimeMin is not null || request.TimeMax is not null))
            throw new ArgumentException("syncToken cannot be combined with timeMin or timeMax.", nameof(request));
        long? since = request.SyncToken is null ? null : ReadSyncToken(request.SyncToken, calendarId, generation);
        var fingerprint = Fingerprint(calendarId, request);
        var (after, snapshot) = request.PageToken is null ? (since ?? 0, currentChange) : ReadPageToken(request.PageToken, fingerprint);

        var remaining = events
            .Where(e => e.ChangeNumber > after && e.ChangeNumber <= snapshot && (since is not null || Visible(e, request)))
            .OrderBy(e => e.ChangeNumber)
            .ToList();
        var page = remaining.Take(request.MaxResults).ToList();
        return remaining.Count > page.Count
            ? new EventListPage(page, Encode($"{page[^1].ChangeNumber}|{snapshot}|{fingerprint}"), null)
            : new EventListPage(page, null, SyncToken(calendarId, generation, snapshot));
    }

    private static bool Visible(CalendarEvent e, EventListRequest request)
    {
        var cancelled = e.Status == "cancelled";
        if (cancelled && e.RecurringEventId is null && !request.ShowDeleted) return false;
        if (e.Recurrence is not null && e.RecurringEventId is null) return request.TimeMax is not { } max || e.Start.Instant < max;
        var start = cancelled && e.OriginalStartTime is { } original ? original.Instant : e.Start.Instant;
        var end = cancelled && e.OriginalStartTime is not null ? start : e.End.Instant;
        return (request.TimeMin is not { } min || end > min || (end == start && start >= min)) && (request.TimeMax is not { } maxTime || start < maxTime);
    }

    public static string SyncToken(string calendarId, long generation, long change) => Encode($"{calendarId}|{generation}|{change}");

    private static long ReadSyncToken(string token, string calendarId, long generation)
    {
        var parts = Decode(token)?.Split('|');
        if (parts is not { Length: 3 } || !long.TryParse(parts[1], out var tokenGeneration) || !long.TryParse(parts[2], out var change))
            throw new ArgumentException("Invalid sync token value.", nameof(token));
        return parts[0] == calendarId && tokenGeneration == generation ? change : throw new SyncTokenExpiredException();
    }

    private static (long After, long Snapshot) ReadPageToken(string token, string fingerprint)
    {
        var parts = Decode(token)?.Split('|');
        return parts is { Length: 3 } && long.TryParse(parts[0], out var after) && long.TryParse(parts[1], out var snapshot) && parts[2] == fingerprint
            ? (after, snapshot)
            : throw new ArgumentException("Invalid page token value (or it belongs to another listing).", nameof(token));
    }

    private static string Fingerprint(string calendarId, EventListRequest request)
        => FakeServices.StableIds.Hex(0, $"{calendarId}|{request.TimeMin:O}|{request.TimeMax:O}|{request.ShowDeleted}|{request.SyncToken}", 16);

    private static string Encode(string text) => Base64Url.EncodeToString(Encoding.UTF8.GetBytes(text));

    private static string? Decode(string token)
    {
        try
        {
            return Encoding.UTF8.GetString(Base64Url.DecodeFromChars(token));
        }
        catch (FormatException)
        {
            return null;
        }
    }
}
