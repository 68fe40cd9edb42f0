namespace Twister;

/// <summary>
/// When an item happens: a timed span (<see cref="Start"/>/<see cref="End"/>, instants) or an all-day span
/// (<see cref="StartDate"/>/<see cref="EndDate"/>, the end exclusive), optionally recurring. Build one with
/// <see cref="Timed"/> or <see cref="AllDay"/>.
/// </summary>
public sealed record NewSchedule
{
    /// <summary>When a timed schedule starts (its first occurrence, for a recurring one).</summary>
    public DateTimeOffset? Start { get; init; }

    /// <summary>When a timed schedule ends.</summary>
    public DateTimeOffset? End { get; init; }

    /// <summary>The first day of an all-day schedule.</summary>
    public DateOnly? StartDate { get; init; }

    /// <summary>The day after the last day of an all-day schedule (exclusive, as calendars give it).</summary>
    public DateOnly? EndDate { get; init; }

    /// <summary>The IANA time zone the schedule recurs in (for example <c>"Europe/Paris"</c>), so occurrences keep their wall-clock time across daylight-saving changes.</summary>
    public string? TimeZone { get; init; }

    /// <summary>
    /// The recurrence as an RFC 5545 rule, with or without its <c>RRULE:</c> prefix (for example
    /// <c>FREQ=WEEKLY;BYDAY=MO,WE;UNTIL=20251231T000000Z</c>). A malformed rule fails the execution.
    /// </summary>
    public string? RecurrenceRule { get; init; }

    /// <summary>Occurrences of a recurring schedule that differ from the rule: moved, or cancelled.</summary>
    public IReadOnlyList<NewScheduleOccurrence>? Occurrences { get; init; }

    /// <summary>The attendees, with their answers.</summary>
    public IReadOnlyList<NewScheduleContact>? Contacts { get; init; }

    /// <summary>Whether the whole schedule (a series, for a recurring one) is cancelled.</summary>
    public bool Cancelled { get; init; }

    /// <summary>A timed schedule.</summary>
    /// <param name="start">When it starts.</param>
    /// <param name="end">When it ends.</param>
    public static NewSchedule Timed(DateTimeOffset start, DateTimeOffset? end = null) => new() { Start = start, End = end };

    /// <summary>An all-day schedule.</summary>
    /// <param name="startDate">The first day.</param>
    /// <param name="endDate">The day after the last day; one day when omitted.</param>
    public static NewSchedule AllDay(DateOnly startDate, DateOnly? endDate = null)
        => new() { StartDate = startDate, EndDate = endDate ?? startDate.AddDays(1) };

    /// <summary>Whether it is all-day.</summary>
    public bool IsAllDay => StartDate is not null;
}

/// <summary>One occurrence of a recurring schedule that differs from its rule.</summary>
/// <param name="OriginalStart">When the rule placed it (its identity).</param>
public sealed record NewScheduleOccurrence(DateTimeOffset OriginalStart)
{
    /// <summary>When it starts now, if it moved.</summary>
    public DateTimeOffset? Start { get; init; }

    /// <summary>When it ends now, if it moved.</summary>
    public DateTimeOffset? End { get; init; }

    /// <summary>Whether this occurrence is cancelled (the rest of the series stands).</summary>
    public bool Cancelled { get; init; }

    /// <summary>Its attendees, when they differ from the series'.</summary>
    public IReadOnlyList<NewScheduleContact>? Contacts { get; init; }
}

/// <summary>An attendee of a schedule.</summary>
/// <param name="Contact">Who.</param>
/// <param name="Status">Their answer, or <see langword="null"/> when they have not answered.</param>
/// <param name="Role">Their role.</param>
public sealed record NewScheduleContact(NewActor Contact, RsvpStatus? Status = null, ScheduleContactRole Role = ScheduleContactRole.Required);

/// <summary>An attendee's answer to an invitation.</summary>
public enum RsvpStatus
{
    /// <summary>Will attend.</summary>
    Attend = 0,
    /// <summary>Will not attend.</summary>
    Skip,
    /// <summary>Might attend.</summary>
    Tentative,
}

/// <summary>An attendee's role.</summary>
public enum ScheduleContactRole
{
    /// <summary>Expected to attend.</summary>
    Required = 0,
    /// <summary>Invited, attendance optional.</summary>
    Optional,
    /// <summary>Organizes it.</summary>
    Organizer,
}
