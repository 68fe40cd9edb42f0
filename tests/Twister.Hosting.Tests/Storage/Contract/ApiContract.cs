using Twister.Hosting.Plot;
using Twister.Hosting.Storage;

namespace Twister.Hosting.Tests.Storage.Contract;

/// <summary>What real connectors store: contacts, the item fields they sync, connectors and their channels' link types.</summary>
public abstract partial class StorageContract
{
    private static ContactRow Person(string? account = null, string? email = null, string? name = null, string? avatar = null)
        => new(account is null ? null : $"src:slack:{account}", email is null ? null : $"email:{email.ToLowerInvariant()}",
            account is null ? null : "slack", account, email, name, avatar);

    private async Task<IReadOnlyList<PlotContact>> ContactsAsync() => await Storage.Plot.ListContactsAsync(CancellationToken.None);

    [Fact]
    public async Task Contacts_merge_by_source_account_then_by_email()
    {
        await CommitAsync(Activity("a") with { Contacts = [Person(email: "Ada@Example.com", name: "Ada")] });
        await CommitAsync(Activity("b") with { Contacts = [Person(account: "U1", email: "ada@example.com", avatar: "https://img/ada")] });
        await CommitAsync(Activity("c") with { Contacts = [Person(account: "U1", name: "Ada Lovelace")] });

        var contact = Assert.Single(await ContactsAsync());
        Assert.Equal(("src:slack:U1", "Ada@Example.com", "Ada Lovelace", "https://img/ada", new ContactSource("slack", "U1")),
            (contact.Key, contact.Email, contact.Name, contact.AvatarUrl, contact.Source));
        var found = await Storage.Plot.FindContactsAsync(["email:ada@example.com", "src:slack:U1", "email:nobody@example.com"], CancellationToken.None);
        Assert.Equal(["email:ada@example.com", "src:slack:U1"], found.Keys.Order());
        Assert.All(found.Values, c => Assert.Equal(contact, c));
    }

    [Fact]
    public async Task Different_people_stay_different_contacts_and_a_key_held_by_another_contact_is_not_taken()
    {
        await CommitAsync(Activity("a") with { Contacts = [Person(account: "U1"), Person(email: "bob@example.com", name: "Bob")] });
        // U1 turns out to use Bob's address: the address stays Bob's; U1 keeps its own identity.
        await CommitAsync(Activity("b") with { Contacts = [Person(account: "U1", email: "bob@example.com", name: "Someone")] });

        var contacts = await ContactsAsync();
        Assert.Equal(2, contacts.Count);
        Assert.Equal(("src:slack:U1", "Someone"), (contacts[0].Key, contacts[0].Name));
        Assert.Equal(("email:bob@example.com", "Bob"), (contacts[1].Key, contacts[1].Name));
    }

    [Fact]
    public async Task An_items_synced_fields_round_trip_and_null_keeps_what_is_stored()
    {
        var created = T0.AddDays(-3);
        await CommitAsync(Activity("s", notes: [Note("c1", "first") with { ReplyTo = "description", MentionsJson = "[\"src:slack:U1\"]", TagsJson = "[4]", Created = created }]) with
        {
            Activity = Activity("s").Activity with
            {
                LinkType = "issue", LinkStatus = "open", AuthorKey = "src:slack:U1", AssigneeKey = "email:bob@example.com", Created = created, Updated = T0,
                Preview = "A preview", Priority = 2, RelatedSource = "other:1", TagsJson = "[6,7]",
                ActionsJson = """[{"kind":"External","title":"Open","url":"https://x.test/1"}]""",
                SchedulesJson = """[{"start":1735689600000,"occurrences":[],"contacts":[]}]""",
            },
        });
        await CommitAsync(new UpsertActivity(new ActivityRow("s", "c", ActivityType.Action, null, null, null, null, "prov", "ch", "ext", null, null, null, null, null, null), []));

        var activity = (await Storage.Plot.FindActivityAsync("s", CancellationToken.None))!;
        Assert.Equal(("Title", "issue", "open", "src:slack:U1", "email:bob@example.com", created, T0, "A preview", 2, "other:1"),
            (activity.Title, activity.LinkType, activity.LinkStatus, activity.AuthorKey, activity.AssigneeKey, activity.Created, activity.Updated, activity.Preview, activity.Priority, activity.RelatedSource));
        Assert.Equal([Tag.Pinned, Tag.Urgent], activity.Tags);
        Assert.Equal([ItemAction.External("Open", "https://x.test/1")], activity.Actions);
        Assert.Equal(T0, Assert.Single(activity.Schedules).Start);
        var note = Assert.Single(await Storage.Plot.GetNotesAsync(activity.Id, CancellationToken.None));
        Assert.Equal(("description", created, Tag.Todo), (note.ReplyTo, note.Created, Assert.Single(note.Tags)));
        Assert.Equal(["src:slack:U1"], note.MentionKeys);
    }

    [Fact]
    public async Task An_empty_assignee_key_clears_the_assignee()
    {
        await CommitAsync(Activity("s") with { Activity = Activity("s").Activity with { AssigneeKey = "email:bob@example.com" } });

        await CommitAsync(Activity("s") with { Activity = Activity("s").Activity with { AssigneeKey = "" } });

        Assert.Null((await Storage.Plot.FindActivityAsync("s", CancellationToken.None))!.AssigneeKey);
    }

    [Fact]
    public async Task One_item_is_updated_by_source_only_within_its_connector()
    {
        await CommitAsync(Activity("s") with { Activity = Activity("s").Activity with { LinkType = "issue", LinkStatus = "open" } });

        var changed = await CommitAsync(
            new UpdateActivity("c", "s") { Status = "done", AssigneeKey = "email:bob@example.com", ToDo = true, ToDoDate = "2025-01-02", Unread = false, SchedulesJson = "[]" },
            new UpdateActivity("another-connector", "s") { Status = "stolen" });

        Assert.Equal([1, 0], changed);
        var activity = (await Storage.Plot.FindActivityAsync("s", CancellationToken.None))!;
        Assert.Equal(("done", "email:bob@example.com", true, new DateOnly(2025, 1, 2), false), (activity.LinkStatus, activity.AssigneeKey, activity.ToDo, activity.ToDoDate, activity.Unread));
        await CommitAsync(new UpdateActivity("c", "s") { ToDo = false, ToDoDate = "" });
        Assert.Equal((false, (DateOnly?)null), ((await Storage.Plot.FindActivityAsync("s", CancellationToken.None))!.ToDo, (await Storage.Plot.FindActivityAsync("s", CancellationToken.None))!.ToDoDate));
    }

    [Fact]
    public async Task Archiving_by_filter_selects_by_channel_link_type_status_and_meta_entries()
    {
        UpsertActivity Item(string source, string channel, string type, string status, string meta)
            => Activity(source, channel: channel, unread: false, archived: false, metaJson: meta) with
            {
                Activity = Activity(source, channel: channel, unread: false, archived: false, metaJson: meta).Activity with { LinkType = type, LinkStatus = status },
            };
        await CommitAsync(
            Item("a", "ch1", "issue", "open", """{"project":"P1","key":"P1-1"}"""),
            Item("b", "ch1", "issue", "done", """{"project":"P1","key":"P1-2"}"""),
            Item("c", "ch1", "issue", "open", """{"project":"P2","key":"P2-1"}"""),
            Item("d", "ch2", "issue", "open", """{"project":"P1","key":"P1-3"}"""));

        var changed = await CommitAsync(new ArchiveActivities("c", new ArchiveFilter
        {
            ChannelId = "ch1", LinkType = "issue", Status = "open", Meta = new Dictionary<string, string> { ["project"] = "P1" },
        }));

        Assert.Equal([1], changed);
        Assert.Equal(["a"], (await Storage.Plot.QueryActivitiesAsync(new ActivityQuery { Archived = true }, CancellationToken.None)).Select(a => a.Source));
        Assert.Equal([3], await CommitAsync(new ArchiveActivities("c", new ArchiveFilter())));
        Assert.Equal([0], await CommitAsync(new ArchiveActivities("another-connector", new ArchiveFilter())));
    }

    [Fact]
    public async Task Installed_connectors_keep_their_version_and_options_until_removed_with_their_channels_state_and_tokens()
    {
        await CommitAsync(
            new SaveConnector("c", "hash-1", """{"depth":"3"}"""),
            new SaveChannel("c", "ch", "Channel", "tok") { LinkTypesJson = """[{"type":"issue","label":"Issue","statuses":[]}]""" },
            new SetState("c", "k", Json("1")),
            new CreateCallback(Token("t")),
            Enqueue("task", T0.AddDays(1)));
        var installed = await Storage.Channels.FindConnectorAsync("c", CancellationToken.None);
        await CommitAsync(new SaveConnector("c", "hash-2", OptionsJson: null));
        var upgraded = await Storage.Channels.FindConnectorAsync("c", CancellationToken.None);

        Assert.Equal(("hash-1", """{"depth":"3"}""", T0), (installed!.ManifestHash, installed.OptionsJson, installed.InstalledAt));
        Assert.Equal(("hash-2", """{"depth":"3"}"""), (upgraded!.ManifestHash, upgraded.OptionsJson));
        Assert.Equal("""[{"type":"issue","label":"Issue","statuses":[]}]""", (await Storage.Channels.FindAsync("c", "ch", CancellationToken.None))!.LinkTypesJson);

        await CommitAsync(new RemoveConnector("c"));

        Assert.Null(await Storage.Channels.FindConnectorAsync("c", CancellationToken.None));
        Assert.Empty(await Storage.Channels.ListAsync("c", CancellationToken.None));
        Assert.Null(await Storage.State.GetAsync("c", "k", CancellationToken.None));
        Assert.Null(await Storage.Callbacks.FindAsync("t", CancellationToken.None));
        Assert.Equal(Twister.Hosting.Tasks.QueuedTaskStatus.Cancelled, (await TaskAsync("task")).Status);
    }

    [Fact]
    public async Task A_synchronous_webhook_token_is_found_as_synchronous()
    {
        await CommitAsync(new CreateCallback(Token("sync", webhook: true) with { IsSynchronous = true }), new CreateCallback(Token("async", webhook: true)));

        Assert.True((await Storage.Callbacks.FindAsync("sync", CancellationToken.None))!.IsSynchronous);
        Assert.False((await Storage.Callbacks.FindAsync("async", CancellationToken.None))!.IsSynchronous);
    }
}
