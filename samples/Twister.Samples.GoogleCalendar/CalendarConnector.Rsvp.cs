using System.Text.Json.Nodes;
using Twister.Samples.GoogleCalendar.Sync;

namespace Twister.Samples.GoogleCalendar;

/// <summary>RSVP write-back: a Plot user's answer to an invitation becomes their response in Google Calendar.</summary>
public sealed partial class CalendarConnector
{
    /// <inheritdoc/>
    /// <remarks>
    /// Google lets a guest change only their own answer, so only an answer of the signed-in user (the attendee
    /// marked <c>self</c>) is written back; other attendees' answers stay Plot's. The whole attendee list is sent
    /// back with that one answer changed, every other field as Google gave it (PATCH replaces arrays). An answer
    /// Google already has is not written again: the sync that follows a write brings the same answer back, and
    /// must not bounce it.
    /// </remarks>
    public override async Task OnScheduleContactUpdatedAsync(PlotThread thread, Actor contact, RsvpStatus? status, CancellationToken cancellationToken)
    {
        if (thread.Meta.ChannelId is not { } calendarId || thread.Meta.ExternalId is not { } eventId || contact.Email is not { } email) return;
        var client = await GetClientAsync(calendarId, cancellationToken);
        if (await client.GetEventJsonAsync(calendarId, eventId, cancellationToken) is not { } json || json["attendees"] is not JsonArray attendees) return;
        var self = attendees.OfType<JsonObject>().FirstOrDefault(a => a["self"]?.GetValue<bool>() == true);
        if (self is null)
        {
            var userEmail = await client.GetUserEmailAsync(cancellationToken);
            self = attendees.OfType<JsonObject>().FirstOrDefault(a => string.Equals(a["email"]?.GetValue<string>(), userEmail, StringComparison.OrdinalIgnoreCase));
        }
        if (self is null || !string.Equals(self["email"]?.GetValue<string>(), email, StringComparison.OrdinalIgnoreCase)) return;

        var answer = Attendees.ResponseStatusOf(status);
        if (self["responseStatus"]?.GetValue<string>() == answer) return;
        self["responseStatus"] = answer;
        await client.PatchEventAsync(calendarId, eventId, new JsonObject { ["attendees"] = attendees.DeepClone() }, cancellationToken);
    }
}
