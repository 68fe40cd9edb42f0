using Twister.Hosting.Execution;
using Twister.Hosting.Tests.TestConnectors;
using static Twister.Hosting.Tests.Api.ItemsHost;

namespace Twister.Hosting.Tests.Api;

/// <summary>A Plot user's actions on a connector's item reach the connector's hooks, after Plot kept the change.</summary>
[Collection(nameof(ItemsConnector))]
public sealed class WriteBackHookTests
{
    private static readonly NewContact Ada = new() { Email = "ada@example.com", Name = "Ada", Source = new ContactSource("items", "U1") };

    private static async Task<ItemsHost> WithItemAsync()
    {
        var env = await StartAsync();
        await env.SyncAsync("board", Item("card", "board") with
        {
            LinkType = "card", Status = "todo", Assignee = new NewContact { Email = "bob@example.com", Name = "Bob" },
            Schedules = [NewSchedule.Timed(DateTimeOffset.UnixEpoch) with { Contacts = [new NewScheduleContact(Ada)] }],
        });
        return env;
    }

    [Fact]
    public async Task Changing_the_status_writes_it_back_through_OnLinkUpdated_with_what_changed()
    {
        await using var env = await WithItemAsync();
        var item = await env.ActivityAsync("card");

        var updated = await env.Host.Plot.SetStatusAsync(item.Id, "shipped");

        Assert.Equal("shipped", updated.LinkStatus);
        Assert.Contains("link:card:card:shipped:bob@example.com:status=True:assignee=False", env.Calls);
        var error = await Assert.ThrowsAsync<ArgumentException>(() => env.Host.Plot.SetStatusAsync(item.Id, "lost"));
        Assert.Contains("'lost' is not a status of item", error.Message);
    }

    [Fact]
    public async Task Changing_the_assignee_writes_back_the_contact_with_its_email_and_account()
    {
        await using var env = await WithItemAsync();
        var item = await env.ActivityAsync("card");

        var assigned = await env.Host.Plot.SetAssigneeAsync(item.Id, "src:items:U1");
        var unassigned = await env.Host.Plot.SetAssigneeAsync(item.Id, null);

        Assert.Equal("Ada", assigned.Assignee!.Name);
        Assert.Null(unassigned.Assignee);
        Assert.Equal(["link:card:card:todo:ada@example.com:status=False:assignee=True", "link:card:card:todo:nobody:status=False:assignee=True"],
            env.Calls.Where(c => c.StartsWith("link:", StringComparison.Ordinal)));
        await Assert.ThrowsAsync<ArgumentException>(() => env.Host.Plot.SetAssigneeAsync(item.Id, "email:stranger@example.com"));
    }

    [Fact]
    public async Task Reading_to_do_and_an_RSVP_reach_their_hooks_and_Plot_keeps_them()
    {
        await using var env = await WithItemAsync();
        var item = await env.ActivityAsync("card");

        await env.Host.Plot.MarkReadAsync(item.Id);
        await env.Host.Plot.SetToDoAsync(item.Id, todo: true, new DateOnly(2025, 5, 6));
        await env.Host.Plot.RespondAsync(item.Id, "src:items:U1", RsvpStatus.Skip);

        Assert.Equal(["read:card:local-user:unread=False", "todo:card:True:2025-05-06", "rsvp:card:ada@example.com:U1:Skip"],
            env.Calls.Where(c => c is ['r' or 't', ..] && !c.StartsWith("link", StringComparison.Ordinal)));
        var after = await env.ActivityAsync("card");
        Assert.Equal((false, true, new DateOnly(2025, 5, 6)), (after.Unread, after.ToDo, after.ToDoDate));
        Assert.Equal(RsvpStatus.Skip, after.Schedules[0].Contacts[0].Status);
        await Assert.ThrowsAsync<ArgumentException>(() => env.Host.Plot.RespondAsync(item.Id, "email:stranger@example.com", RsvpStatus.Attend));
    }

    [Fact]
    public async Task A_callback_action_runs_its_callback_when_clicked()
    {
        await using var env = await StartAsync();
        await env.Host.InvokeCallbackAsync("MakeActionToken", """["with-button"]""");
        var item = await env.ActivityAsync("with-button");

        await env.Host.Plot.RunActionAsync(item.Id, 0);

        Assert.Contains("clicked:with-button", env.Calls);
        await Assert.ThrowsAsync<ArgumentException>(() => env.Host.Plot.RunActionAsync(item.Id, 1));
        var forged = await env.SyncAsync("plain", Item("forged") with { Actions = [ItemAction.Callback("Steal", "not-a-token")] });
        Assert.Contains("Actions[0].CallbackToken", forged.Error);
    }

    [Fact]
    public async Task A_users_note_reaches_OnNoteCreated_with_the_threads_channel()
    {
        await using var env = await WithItemAsync();

        await env.Host.Plot.AddNoteAsync((await env.ActivityAsync("card")).Id, "From Plot");

        Assert.Contains("note:card:From Plot:channel=board", env.Calls);
    }
}
