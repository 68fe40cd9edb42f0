using Twister.Hosting.Execution;
using Twister.Hosting.Plot.Ingest;
using Twister.Hosting.Tests.TestConnectors;
using static Twister.Hosting.Tests.Api.ItemsHost;

namespace Twister.Hosting.Tests.Api;

/// <summary>What a synced item carries, checked on the way in, as Plot stores it.</summary>
[Collection(nameof(ItemsConnector))]
public sealed class SyncedItemTests
{
    private static readonly NewContact Ada = new() { Email = "Ada@Example.com", Name = "Ada", Source = new ContactSource("items", "U1"), AvatarUrl = "https://img.test/ada" };

    [Fact]
    public async Task An_item_carries_link_type_status_people_times_preview_actions_priority_and_tags()
    {
        await using var env = await StartAsync();
        var created = new DateTimeOffset(2024, 12, 1, 9, 0, 0, TimeSpan.Zero);

        var record = await env.SyncAsync("plain", Item("i1") with
        {
            LinkType = "task", Status = "open", Author = Ada, Assignee = new NewContact { Email = "bob@example.com", Name = "Bob" },
            Created = created, Updated = created.AddHours(1), Preview = "Plain text", SourceUrl = "https://items.test/i1",
            Actions = [ItemAction.External("Open", "https://items.test/i1"), ItemAction.Conferencing("https://meet.test/abc")],
            Priority = 3, RelatedSource = "items:parent", Tags = [Tag.Urgent, Tag.Pinned, Tag.Urgent],
        });

        Assert.Equal(ExecutionStatus.Succeeded, record.Status);
        var item = await env.ActivityAsync("i1");
        Assert.Equal(("task", "open", "https://items.test/i1", "Plain text", 3, "items:parent", created, created.AddHours(1)),
            (item.LinkType, item.LinkStatus, item.SourceUrl, item.Preview, item.Priority, item.RelatedSource, item.Created, item.Updated));
        Assert.Equal(("src:items:U1", "Ada@Example.com", "Ada", "https://img.test/ada", new ContactSource("items", "U1")),
            (item.Author!.Key, item.Author.Email, item.Author.Name, item.Author.AvatarUrl, item.Author.Source));
        Assert.Equal(("email:bob@example.com", "Bob"), (item.Assignee!.Key, item.Assignee.Name));
        Assert.Equal([Tag.Pinned, Tag.Urgent], item.Tags);
        Assert.Equal([ItemActionKind.External, ItemActionKind.Conferencing], item.Actions.Select(a => a.Kind));
    }

    [Fact]
    public async Task A_channels_own_link_types_are_kept_from_install_and_validate_its_items()
    {
        await using var env = await StartAsync();

        Assert.Equal(ExecutionStatus.Succeeded, (await env.SyncAsync("board", Item("card-1", "board") with { LinkType = "card", Status = "doing" })).Status);
        var wrongChannel = await env.SyncAsync("plain", Item("card-2") with { LinkType = "card", Status = "doing" });

        Assert.Equal(("card", "doing"), ((await env.ActivityAsync("card-1")).LinkType, (await env.ActivityAsync("card-1")).LinkStatus));
        var refused = Assert.IsType<PlotValidationException>(wrongChannel.Exception);
        Assert.Equal(("card-2", "LinkType"), (refused.Item, refused.Field));
        Assert.Contains("'card' is not a link type of connector 'items' or of its channel (declared: task)", refused.Message);
    }

    public static TheoryData<NewActivity, string, string> Refused => new()
    {
        { Item("bad") with { LinkType = "task", Status = "doing" }, "Status", "'doing' is not a status of link type 'task' (declared: open, closed)" },
        { Item("bad") with { Status = "open" }, "Status", "the item has no link type to declare it" },
        { Item("bad") with { Author = new NewContact { Name = "Anonymous" } }, "Author", "neither an email nor a source account" },
        { Item("bad") with { Assignee = new NewContact { Source = new ContactSource("", "U1") } }, "Assignee", "without a provider or an account id" },
        { Item("bad") with { Author = NewActor.Nobody }, "Author", "cannot be Nobody" },
        { Item("bad") with { Tags = [(Tag)999] }, "Tags", "999, which is not a Plot tag" },
        { Item("bad") with { Actions = [ItemAction.External("Open", "javascript:alert(1)")] }, "Actions[0].Url", "not an absolute http(s) URL" },
        { Item("bad") with { Schedules = [NewSchedule.Timed(DateTimeOffset.UnixEpoch) with { RecurrenceRule = "FREQ=SOMETIMES" }] }, "Schedules[0].RecurrenceRule", "FREQ=SOMETIMES is not one of" },
        { Item("bad") with { Schedules = [NewSchedule.Timed(DateTimeOffset.UnixEpoch) with { RecurrenceRule = "FREQ=DAILY;COUNT=3;UNTIL=20250101" }] }, "Schedules[0].RecurrenceRule", "both UNTIL and COUNT" },
        { Item("bad") with { Schedules = [NewSchedule.Timed(DateTimeOffset.UnixEpoch) with { TimeZone = "Mars/Olympus" }] }, "Schedules[0].TimeZone", "not a known time zone" },
        { Item("bad") with { Schedules = [new NewSchedule()] }, "Schedules[0]", "needs either Start" },
        { Item("bad") with { Schedules = [NewSchedule.Timed(DateTimeOffset.UnixEpoch) with { Occurrences = [new NewScheduleOccurrence(DateTimeOffset.UnixEpoch)] }] }, "Schedules[0].Occurrences", "without a RecurrenceRule" },
        { Item("bad") with { Notes = [new NewNote { Key = "c", Author = new NewContact() }] }, "Notes[0].Author", "neither an email nor a source account" },
        { Item("bad") with { Notes = [new NewNote { Key = "c", Mentions = [new NewContact { Name = "x" }] }] }, "Notes[0].Mentions[0]", "neither an email nor a source account" },
    };

    [Theory]
    [MemberData(nameof(Refused))]
    public async Task Data_plot_cannot_accept_fails_the_execution_naming_item_and_field_and_saves_nothing_of_it(NewActivity bad, string field, string problem)
    {
        await using var env = await StartAsync();

        var record = await env.SyncAsync("plain", Item("good-before"), bad, Item("good-after"));

        Assert.Equal(ExecutionStatus.Failed, record.Status);
        var refused = Assert.IsType<PlotValidationException>(record.Exception);
        Assert.Equal(("bad", field), (refused.Item, refused.Field));
        Assert.StartsWith($"Item 'bad': {field} ", refused.Message);
        Assert.Contains(problem, refused.Message);
        Assert.Empty(await env.Host.Plot.GetActivitiesAsync());
        Assert.Empty(await env.Host.Plot.GetContactsAsync());
    }

    [Fact]
    public async Task One_person_named_by_source_account_in_one_item_and_by_email_in_another_is_one_contact()
    {
        await using var env = await StartAsync();

        await env.SyncAsync("plain",
            Item("a") with { Author = new NewContact { Email = "ada@example.com" } },
            Item("b") with { Assignee = Ada, Notes = [new NewNote { Key = "c1", Author = new NewContact { Source = new ContactSource("items", "U1") }, Content = "hi" }] });

        var contact = Assert.Single(await env.Host.Plot.GetContactsAsync());
        Assert.Equal(("src:items:U1", "Ada"), (contact.Key, contact.Name));
        Assert.Equal(contact, (await env.ActivityAsync("a")).Author);
        Assert.Equal(contact, (await env.ActivityAsync("b")).Assignee);
        Assert.Equal(contact, Assert.Single(await env.Host.Plot.GetNotesAsync((await env.ActivityAsync("b")).Id)).AuthorContact);
    }

    [Fact]
    public async Task Null_keeps_what_is_stored_and_Nobody_clears_the_assignee()
    {
        await using var env = await StartAsync();
        await env.SyncAsync("plain", Item("i") with { LinkType = "task", Status = "open", Assignee = Ada, Preview = "p", Tags = [Tag.Star] });

        await env.SyncAsync("plain", Item("i") with { Title = null, Status = "closed" });
        var kept = await env.ActivityAsync("i");
        await env.SyncAsync("plain", Item("i") with { Assignee = NewActor.Nobody, Tags = [] });
        var cleared = await env.ActivityAsync("i");

        Assert.Equal(("Item i", "task", "closed", "src:items:U1", "p"), (kept.Title, kept.LinkType, kept.LinkStatus, kept.Assignee?.Key, kept.Preview));
        Assert.Equal([Tag.Star], kept.Tags);
        Assert.Null(cleared.Assignee);
        Assert.Empty(cleared.Tags);
    }

    [Fact]
    public async Task Notes_reply_to_notes_by_key_mention_contacts_and_carry_their_external_time_and_tags()
    {
        await using var env = await StartAsync();
        var at = new DateTimeOffset(2025, 2, 3, 4, 5, 6, TimeSpan.Zero);

        await env.SyncAsync("plain", Item("thread") with
        {
            Notes =
            [
                new NewNote { Key = "m1", Content = "Question?", Author = Ada, Created = at },
                new NewNote { Key = "m2", Content = "Answer, cc Bob", ReplyTo = "m1", Created = at.AddMinutes(5), Tags = [Tag.Question],
                    Mentions = [new NewContact { Email = "bob@example.com", Name = "Bob" }, Ada] },
            ],
        });

        var notes = await env.Host.Plot.GetNotesAsync((await env.ActivityAsync("thread")).Id);
        Assert.Equal([("m1", null, at), ("m2", "m1", at.AddMinutes(5))], notes.Select(n => (n.Key, n.ReplyTo, n.Created)));
        Assert.Equal(["email:bob@example.com", "src:items:U1"], notes[1].MentionKeys);
        Assert.Equal([Tag.Question], notes[1].Tags);
        Assert.Equal(("Ada", ActorType.Contact), (notes[0].AuthorContact!.Name, notes[0].Author.Type));
        Assert.Equal(2, (await env.Host.Plot.GetContactsAsync()).Count);
    }

    [Fact]
    public async Task Schedules_keep_times_all_day_spans_time_zone_recurrence_exceptions_and_attendees()
    {
        await using var env = await StartAsync();
        var start = new DateTimeOffset(2025, 3, 3, 9, 0, 0, TimeSpan.FromHours(1));

        await env.SyncAsync("plain", Item("event") with
        {
            Type = ActivityType.Event,
            Schedules =
            [
                NewSchedule.Timed(start, start.AddHours(1)) with
                {
                    TimeZone = "Europe/Paris",
                    RecurrenceRule = "RRULE:FREQ=WEEKLY;BYDAY=MO;UNTIL=20250601T000000Z",
                    Occurrences = [new NewScheduleOccurrence(start.AddDays(7)) { Start = start.AddDays(8), End = start.AddDays(8).AddHours(1) }, new NewScheduleOccurrence(start.AddDays(14)) { Cancelled = true }],
                    Contacts = [new NewScheduleContact(Ada, RsvpStatus.Attend, ScheduleContactRole.Organizer), new NewScheduleContact(new NewContact { Email = "bob@example.com" })],
                },
                NewSchedule.AllDay(new DateOnly(2025, 3, 10)),
            ],
        });

        var schedules = (await env.ActivityAsync("event")).Schedules;
        Assert.Equal(2, schedules.Count);
        var weekly = schedules[0];
        Assert.Equal((start, start.AddHours(1), "Europe/Paris", "FREQ=WEEKLY;BYDAY=MO;UNTIL=20250601T000000Z"), (weekly.Start, weekly.End, weekly.TimeZone, weekly.RecurrenceRule));
        Assert.Equal([(start.AddDays(7), false), (start.AddDays(14), true)], weekly.Occurrences.Select(o => (o.OriginalStart, o.Cancelled)));
        Assert.Equal(start.AddDays(8), weekly.Occurrences[0].Start);
        Assert.Equal([("src:items:U1", RsvpStatus.Attend, ScheduleContactRole.Organizer), ("email:bob@example.com", (RsvpStatus?)null, ScheduleContactRole.Required)],
            weekly.Contacts.Select(c => (c.ContactKey, c.Status, c.Role)));
        Assert.Equal((new DateOnly(2025, 3, 10), new DateOnly(2025, 3, 11), (DateTimeOffset?)null), (schedules[1].StartDate, schedules[1].EndDate, schedules[1].Start));
    }
}
