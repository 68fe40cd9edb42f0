using Twister.Samples.GoogleCalendar.Api;

namespace Twister.Samples.GoogleCalendar.Sync;

/// <summary>Maps Google's attendees to schedule contacts, and RSVP answers both ways.</summary>
public static class Attendees
{
    /// <summary>The schedule contacts of <paramref name="attendees"/>: people only (rooms and other resources are left out), keyed by email.</summary>
    /// <param name="attendees">The event's attendees.</param>
    /// <returns>The contacts, or <see langword="null"/> when there are none.</returns>
    public static IReadOnlyList<NewScheduleContact>? ContactsOf(IReadOnlyList<GoogleAttendee>? attendees)
    {
        var people = (attendees ?? []).Where(a => a.Resource != true && !string.IsNullOrWhiteSpace(a.Email)).ToList();
        return people.Count == 0
            ? null
            : [.. people.Select(a => Contact(a.Email!, a.DisplayName, a.ResponseStatus, a.Organizer == true, a.Optional == true))];
    }

    /// <summary>One attendee as a schedule contact.</summary>
    /// <param name="email">Their email: Google Calendar has no other account id for people.</param>
    /// <param name="name">Their name.</param>
    /// <param name="responseStatus">Google's answer.</param>
    /// <param name="organizer">Whether they organize the event.</param>
    /// <param name="optional">Whether their attendance is optional.</param>
    public static NewScheduleContact Contact(string email, string? name, string? responseStatus, bool organizer, bool optional)
        => new(new NewContact { Email = email, Name = name }, RsvpOf(responseStatus),
            organizer ? ScheduleContactRole.Organizer : optional ? ScheduleContactRole.Optional : ScheduleContactRole.Required);

    /// <summary>Plot's answer for Google's: <c>accepted</c>, <c>declined</c>, <c>tentative</c>; <c>needsAction</c> (no answer) is <see langword="null"/>.</summary>
    /// <param name="responseStatus">Google's answer.</param>
    public static RsvpStatus? RsvpOf(string? responseStatus) => responseStatus switch
    {
        "accepted" => RsvpStatus.Attend,
        "declined" => RsvpStatus.Skip,
        "tentative" => RsvpStatus.Tentative,
        _ => null,
    };

    /// <summary>Google's answer for Plot's; a withdrawn answer is <c>needsAction</c>.</summary>
    /// <param name="status">Plot's answer.</param>
    public static string ResponseStatusOf(RsvpStatus? status) => status switch
    {
        RsvpStatus.Attend => "accepted",
        RsvpStatus.Skip => "declined",
        RsvpStatus.Tentative => "tentative",
        _ => "needsAction",
    };
}
