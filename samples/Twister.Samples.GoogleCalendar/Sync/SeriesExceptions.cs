using Twister.Samples.GoogleCalendar.Api;

namespace Twister.Samples.GoogleCalendar.Sync;

/// <summary>
/// The occurrences of one recurring series that differ from its rule (moved, changed or cancelled), kept in
/// the Store per series. Google lists a changed occurrence as its own instance event, possibly long after
/// its master and without it; a Plot schedule carries all its occurrences at once, so the connector keeps
/// what it has seen and sends the whole set with the series each time.
/// </summary>
/// <param name="Items">The exceptions, by original start.</param>
public sealed record SeriesExceptions(IReadOnlyList<SeriesException> Items)
{
    /// <summary>No exceptions.</summary>
    public static SeriesExceptions None { get; } = new([]);

    /// <summary>These exceptions with <paramref name="changes"/> applied: a change replaces the exception with the same original start.</summary>
    /// <param name="changes">Exceptions seen in a listing.</param>
    public SeriesExceptions With(IEnumerable<SeriesException> changes)
    {
        var byStart = Items.ToDictionary(e => e.OriginalStart);
        foreach (var change in changes) byStart[change.OriginalStart] = change;
        return new SeriesExceptions([.. byStart.Values.OrderBy(e => e.OriginalStart)]);
    }

    /// <summary>Whether the occurrence the rule places at <paramref name="originalStart"/> is known to be cancelled.</summary>
    /// <param name="originalStart">The occurrence's original start.</param>
    public bool IsCancelled(DateTimeOffset originalStart) => Items.Any(e => e.Cancelled && e.OriginalStart == originalStart);

    /// <summary>The exceptions as schedule occurrences.</summary>
    public IEnumerable<NewScheduleOccurrence> ToOccurrences() => Items.Select(e => e.ToOccurrence());
}

/// <summary>One occurrence of a series that differs from the rule.</summary>
/// <param name="OriginalStart">Where the rule placed it (its identity; a day's midnight UTC for an all-day series).</param>
/// <param name="Cancelled">Whether it was cancelled.</param>
/// <param name="Start">When it starts now, for a changed occurrence.</param>
/// <param name="End">When it ends now, for a changed occurrence.</param>
/// <param name="Attendees">Its own attendees, for a changed occurrence.</param>
public sealed record SeriesException(DateTimeOffset OriginalStart, bool Cancelled, DateTimeOffset? Start = null, DateTimeOffset? End = null, IReadOnlyList<SeriesAttendee>? Attendees = null)
{
    /// <summary>The exception an instance event stands for, or <see langword="null"/> for an event that is not an instance.</summary>
    /// <param name="instance">An instance of a recurring series.</param>
    public static SeriesException? From(GoogleEvent instance)
    {
        if (!instance.IsInstance || instance.OriginalStartTime!.Instant is not { } originalStart) return null;
        if (instance.IsCancelled) return new SeriesException(originalStart, Cancelled: true);
        return new SeriesException(originalStart, Cancelled: false, instance.Start?.Instant, instance.End?.Instant,
            instance.Attendees is null ? null : [.. instance.Attendees.Where(a => a.Resource != true && !string.IsNullOrWhiteSpace(a.Email))
                .Select(a => new SeriesAttendee(a.Email!, a.DisplayName, a.ResponseStatus, a.Organizer == true, a.Optional == true))]);
    }

    /// <summary>The exception as a schedule occurrence.</summary>
    public NewScheduleOccurrence ToOccurrence() => new(OriginalStart)
    {
        Cancelled = Cancelled,
        Start = Start,
        End = End,
        Contacts = Attendees is { Count: > 0 } people
            ? [.. people.Select(a => Sync.Attendees.Contact(a.Email, a.Name, a.ResponseStatus, a.Organizer, a.Optional))]
            : null,
    };
}

/// <summary>An attendee of a changed occurrence, as stored.</summary>
/// <param name="Email">Their email.</param>
/// <param name="Name">Their name.</param>
/// <param name="ResponseStatus">Google's answer.</param>
/// <param name="Organizer">Whether they organize the event.</param>
/// <param name="Optional">Whether their attendance is optional.</param>
public sealed record SeriesAttendee(string Email, string? Name, string? ResponseStatus, bool Organizer, bool Optional);
