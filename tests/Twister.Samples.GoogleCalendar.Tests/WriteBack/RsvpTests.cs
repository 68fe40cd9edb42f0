using Twister.Samples.GoogleCalendar.Tests.Infrastructure;
using Twister.Testing;

namespace Twister.Samples.GoogleCalendar.Tests.WriteBack;

/// <summary>A Plot user's answer to an invitation is written back as their response in Google Calendar.</summary>
public sealed class RsvpTests : CalendarTestBase
{
    private const string Ada = "ada@example.com";

    [Theory]
    [InlineData(RsvpStatus.Attend, "accepted")]
    [InlineData(RsvpStatus.Skip, "declined")]
    [InlineData(RsvpStatus.Tentative, "tentative")]
    public async Task Answering_an_invitation_sets_the_users_response_and_leaves_the_other_attendees_alone(RsvpStatus answer, string expected)
    {
        await SyncAsync();
        var planning = Event("Quarterly planning"); // organized by Grace; Ada has not answered

        await Host.Plot.RespondAsync((await ItemOfAsync(planning)).Id, ContactKey(Ada), answer);

        var attendees = Google.Data.GetEvent(Primary, planning.Id)!.Attendees;
        Assert.Equal(expected, attendees.Single(a => a.Email == Ada).ResponseStatus);
        Assert.Equal(planning.Attendees.Where(a => a.Email != Ada), attendees.Where(a => a.Email != Ada)); // sent back whole and unchanged
        var ada = Assert.Single(Assert.Single((await ItemOfAsync(planning)).Schedules).Contacts, c => c.ContactKey == ContactKey(Ada));
        Assert.Equal(answer, ada.Status);
    }

    [Fact]
    public async Task Withdrawing_an_answer_makes_it_needs_action_again()
    {
        await SyncAsync(Team);
        var retro = Event("Sprint retro", Team); // Ada accepted

        await Host.Plot.RespondAsync((await ItemOfAsync(retro)).Id, ContactKey(Ada), status: null);

        Assert.Equal("needsAction", Google.Data.GetEvent(Team, retro.Id)!.Attendees.Single(a => a.Email == Ada).ResponseStatus);
    }

    [Fact]
    public async Task Another_attendees_answer_is_kept_in_plot_and_not_written_to_google()
    {
        await SyncAsync();
        var review = Event("Design review");

        await Host.Plot.RespondAsync((await ItemOfAsync(review)).Id, ContactKey("alan@example.com"), RsvpStatus.Attend);

        Assert.Equal(review.ChangeNumber, Google.Data.GetEvent(Primary, review.Id)!.ChangeNumber); // Google lets a guest change only their own answer
        var alan = Assert.Single(Assert.Single((await ItemOfAsync(review)).Schedules).Contacts, c => c.ContactKey == ContactKey("alan@example.com"));
        Assert.Equal(RsvpStatus.Attend, alan.Status);
    }

    [Fact]
    public async Task An_answer_google_already_has_is_not_written_again_so_the_next_sync_does_not_bounce_it()
    {
        await SyncAsync();
        var planning = Event("Quarterly planning");
        var item = await ItemOfAsync(planning);
        await Host.Plot.RespondAsync(item.Id, ContactKey(Ada), RsvpStatus.Attend);
        var written = Google.Data.GetEvent(Primary, planning.Id)!.ChangeNumber;

        await NotifyAsync(); // the write comes back as a change
        await Host.Plot.RespondAsync(item.Id, ContactKey(Ada), RsvpStatus.Attend);

        Assert.Equal(written, Google.Data.GetEvent(Primary, planning.Id)!.ChangeNumber);
        var ada = Assert.Single(Assert.Single((await ItemOfAsync(planning)).Schedules).Contacts, c => c.ContactKey == ContactKey(Ada));
        Assert.Equal(RsvpStatus.Attend, ada.Status);
    }

    [Fact]
    public async Task An_answer_on_a_calendar_shared_with_the_user_patches_that_calendars_event()
    {
        await SyncAsync(Team);
        var retro = Event("Sprint retro", Team);

        await Host.Plot.RespondAsync((await ItemOfAsync(retro)).Id, ContactKey(Ada), RsvpStatus.Skip);

        Assert.Equal("declined", Google.Data.GetEvent(Team, retro.Id)!.Attendees.Single(a => a.Email == Ada).ResponseStatus);
        Assert.Equal("tentative", Google.Data.GetEvent(Team, retro.Id)!.Attendees.Single(a => a.Email == "grace@example.com").ResponseStatus);
    }
}
