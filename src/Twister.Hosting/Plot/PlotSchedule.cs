namespace Twister.Hosting.Plot;

/// <summary>A schedule as Plot holds it (see <see cref="NewSchedule"/>); attendees refer to contacts by key.</summary>
/// <param name="Start">When a timed schedule starts.</param>
/// <param name="End">When a timed schedule ends.</param>
/// <param name="StartDate">The first day of an all-day schedule.</param>
/// <param name="EndDate">The day after its last day.</param>
/// <param name="TimeZone">The IANA time zone it recurs in.</param>
/// <param name="RecurrenceRule">Its RFC 5545 rule, without the <c>RRULE:</c> prefix.</param>
/// <param name="Occurrences">Moved and cancelled occurrences.</param>
/// <param name="Contacts">Its attendees.</param>
/// <param name="Cancelled">Whether the whole schedule is cancelled.</param>
public sealed record PlotSchedule(
    DateTimeOffset? Start, DateTimeOffset? End, DateOnly? StartDate, DateOnly? EndDate, string? TimeZone, string? RecurrenceRule,
    IReadOnlyList<PlotOccurrence> Occurrences, IReadOnlyList<PlotScheduleContact> Contacts, bool Cancelled);

/// <summary>An occurrence of a recurring schedule that differs from its rule.</summary>
/// <param name="OriginalStart">When the rule placed it.</param>
/// <param name="Start">When it starts now, if moved.</param>
/// <param name="End">When it ends now, if moved.</param>
/// <param name="Cancelled">Whether it is cancelled.</param>
/// <param name="Contacts">Its own attendees, if they differ.</param>
public sealed record PlotOccurrence(DateTimeOffset OriginalStart, DateTimeOffset? Start, DateTimeOffset? End, bool Cancelled, IReadOnlyList<PlotScheduleContact> Contacts);

/// <summary>An attendee.</summary>
/// <param name="ContactKey">The contact's key.</param>
/// <param name="Status">Their answer, or <see langword="null"/>.</param>
/// <param name="Role">Their role.</param>
public sealed record PlotScheduleContact(string ContactKey, RsvpStatus? Status, ScheduleContactRole Role);
