namespace Twister.Samples.GoogleCalendar.Sync;

/// <summary>
/// The <c>event</c> link type: its members are the statuses an event can have, with the ids Plot's Google
/// Calendar connector uses. No status is a create default: the connector does not create events from Plot.
/// </summary>
[LinkType("event", Label = "Event")]
public enum EventStatus
{
    /// <summary>The event takes place (Google's <c>confirmed</c>).</summary>
    [Status("Confirmed", "Confirmed")]
    Confirmed,

    /// <summary>The event is tentative (Google's <c>tentative</c>).</summary>
    [Status("Tentative", "Tentative")]
    Tentative,

    /// <summary>The event was deleted (Google's <c>cancelled</c>).</summary>
    [Status("Cancelled", "Cancelled")]
    Cancelled,
}
