namespace Twister.Samples.Slack.Events;

/// <summary>
/// The ids of the events a channel's webhook recently handled, so that a retried delivery (Slack retries an
/// event it thinks was not received, with the same <c>event_id</c>) changes nothing. Bounded: an id is kept for
/// <see cref="Window"/> (Slack's last retry comes about five minutes after the first delivery), and at most
/// <see cref="Capacity"/> ids, the newest.
/// </summary>
/// <param name="Events">The remembered events, oldest first.</param>
public sealed record SeenEvents(IReadOnlyList<SeenEvent> Events)
{
    /// <summary>How long an event id is remembered.</summary>
    public static readonly TimeSpan Window = TimeSpan.FromHours(1);

    /// <summary>The most event ids remembered.</summary>
    public const int Capacity = 500;

    /// <summary>Nothing seen yet.</summary>
    public static SeenEvents None { get; } = new([]);

    /// <summary>Whether the event was already handled.</summary>
    /// <param name="eventId">The event id.</param>
    public bool Contains(string eventId) => Events.Any(e => e.Id == eventId);

    /// <summary>These events and <paramref name="eventId"/>, without those older than <see cref="Window"/> or beyond <see cref="Capacity"/>.</summary>
    /// <param name="eventId">The event now handled.</param>
    /// <param name="now">The host's time.</param>
    public SeenEvents Add(string eventId, DateTimeOffset now)
    {
        var kept = Events.Where(e => now - e.At < Window).Append(new SeenEvent(eventId, now)).ToList();
        return new SeenEvents(kept.Count > Capacity ? kept[^Capacity..] : kept);
    }
}

/// <summary>An event handled.</summary>
/// <param name="Id">Its <c>event_id</c>.</param>
/// <param name="At">When it was handled.</param>
public sealed record SeenEvent(string Id, DateTimeOffset At);
