using Twister.Hosting.Plot;
using Twister.Hosting.Storage;

namespace Twister.Hosting.Tests.Storage.Contract;

public abstract partial class StorageContract
{
    private static readonly Actor Connector = new("c", ActorType.Twist, "c");

    private static UpsertActivity Activity(string? source, string title = "Title", string channel = "ch", bool? unread = null, bool? archived = null,
        string? metaJson = null, params NoteRow[] notes)
        => new(new ActivityRow(source, "c", ActivityType.Action, title, T0, null, null, "prov", channel, "ext-" + source, metaJson, null, null, null, unread, archived), notes);

    private static NoteRow Note(string? key, string content, string? hash = null)
        => new(key, content, ContentType.Markdown, Connector, null, hash ?? Twister.Hosting.Plot.ContentHash.Of(content));

    private async Task<PlotActivity> ActivityAsync(string source) => (await Storage.Plot.FindActivityAsync(source, CancellationToken.None))!;

    [Fact]
    public async Task An_activity_is_inserted_then_updated_by_source_with_its_columns_and_meta()
    {
        await CommitAsync(Activity("s1", "First", metaJson: """{"key":"ABC-1"}""", unread: false, archived: false));
        await CommitAsync(Activity("s1", "Renamed", channel: "ch2", metaJson: """{"key":"XYZ-9"}"""));

        var activity = await ActivityAsync("s1");
        Assert.Equal(("s1", "c", ActivityType.Action, "Renamed", T0, false, false), (activity.Source, activity.Connector, activity.Type, activity.Title, activity.Done, activity.Unread, activity.Archived));
        Assert.Equal(("prov", "ch2", "ext-s1", "XYZ-9"), (activity.Meta.SyncProvider, activity.Meta.ChannelId, activity.Meta.ExternalId, activity.Meta["key"]));
        Assert.Equal(("s1", "Renamed", "XYZ-9"), await Storage.Plot.GetActivityAsync(activity.Id, CancellationToken.None) is { } byId ? (byId.Source, byId.Title, byId.Meta["key"]) : default);
        Assert.Equal((1L, 0L), await Storage.Plot.CountAsync(CancellationToken.None));
    }

    [Fact]
    public async Task A_new_activity_is_unread_and_unarchived_unless_told_and_an_update_keeps_them_unless_told()
    {
        await CommitAsync(Activity("new"), Activity("initial", unread: false, archived: false));
        await CommitAsync(new SetActivityState((await ActivityAsync("initial")).Id, Unread: true, Archived: true));
        await CommitAsync(Activity("initial"));

        Assert.Equal((true, false), ((await ActivityAsync("new")).Unread, (await ActivityAsync("new")).Archived));
        Assert.Equal((true, true), ((await ActivityAsync("initial")).Unread, (await ActivityAsync("initial")).Archived));
        await CommitAsync(Activity("initial", unread: false, archived: false));
        Assert.Equal((false, false), ((await ActivityAsync("initial")).Unread, (await ActivityAsync("initial")).Archived));
    }

    [Fact]
    public async Task Activities_without_a_source_are_always_new()
    {
        await CommitAsync(Activity(null), Activity(null));

        Assert.Equal((2L, 0L), await Storage.Plot.CountAsync(CancellationToken.None));
    }

    [Fact]
    public async Task Notes_are_upserted_by_key_and_notes_without_a_key_are_added()
    {
        var changed = await CommitAsync(Activity("s", notes: [Note("description", "v1"), Note(null, "free")]));
        await CommitAsync(Activity("s", notes: [Note("description", "v2"), Note("comment-1", "hi"), Note(null, "free")]));

        var notes = await Storage.Plot.GetNotesAsync((await ActivityAsync("s")).Id, CancellationToken.None);
        Assert.Equal([("description", "v2"), (null, "free"), ("comment-1", "hi"), (null, "free")], notes.Select(n => (n.Key, n.Content)));
        Assert.Equal([3], changed);
        Assert.All(notes, n => Assert.Equal(Connector, n.Author));
    }

    [Fact]
    public async Task A_keyed_note_whose_baseline_matches_the_incoming_hash_keeps_plots_content()
    {
        await CommitAsync(Activity("s", notes: [Note("comment-1", "external v1")]));
        var note = (await Storage.Plot.GetNotesAsync((await ActivityAsync("s")).Id, CancellationToken.None)).Single();
        await CommitAsync(new EditNote(note.Id, "**richer** in Plot"), new ApplyNoteWriteBack(note.Id, Key: null, BaselineHash: "hash-of-v1"));

        var kept = await CommitAsync(Activity("s", notes: [Note("comment-1", "external v1", hash: "hash-of-v1")]));
        var afterSame = await Storage.Plot.GetNoteAsync(note.Id, CancellationToken.None);
        await CommitAsync(Activity("s", notes: [Note("comment-1", "external v2", hash: "hash-of-v2")]));
        var afterEdit = await Storage.Plot.GetNoteAsync(note.Id, CancellationToken.None);

        Assert.Equal([1], kept);
        Assert.Equal(("**richer** in Plot", "hash-of-v1"), (afterSame!.Content, afterSame.BaselineHash));
        Assert.Equal(("external v2", (string?)null), (afterEdit!.Content, afterEdit.BaselineHash));
    }

    [Fact]
    public async Task A_write_back_key_already_held_by_another_note_replaces_that_note_instead_of_duplicating_it()
    {
        await CommitAsync(Activity("s", notes: [Note("comment-1", "synced earlier")]));
        var activity = await ActivityAsync("s");
        var userNote = await Storage.Plot.AddUserNoteAsync(new UserNote(activity.Id, "written in Plot", PlotWorkspace.LocalUser), T0, CancellationToken.None);

        await CommitAsync(new ApplyNoteWriteBack(userNote, "comment-1", "baseline"));

        var note = Assert.Single(await Storage.Plot.GetNotesAsync(activity.Id, CancellationToken.None));
        Assert.Equal((userNote, "comment-1", "written in Plot", "baseline", PlotWorkspace.LocalUser), (note.Id, note.Key, note.Content, note.BaselineHash, note.Author));
        Assert.Equal(ContentType.Markdown, note.ContentType);
    }

    [Fact]
    public async Task Bulk_updates_select_by_provider_and_channel_and_archiving_a_channel_counts_what_it_archived()
    {
        await CommitAsync(Activity("a1", channel: "a", unread: false, archived: false), Activity("a2", channel: "a", unread: false, archived: false), Activity("b1", channel: "b", unread: false, archived: false));

        Assert.Equal(2, await Storage.Plot.CountActivitiesAsync(new ActivityFilter("prov", "a"), CancellationToken.None));
        Assert.Equal(3, await Storage.Plot.CountActivitiesAsync(new ActivityFilter("prov"), CancellationToken.None));
        Assert.Equal(0, await Storage.Plot.CountActivitiesAsync(new ActivityFilter("elsewhere"), CancellationToken.None));
        Assert.Equal([3], await CommitAsync(new UpdateActivities(new ActivityFilter("prov"), new ActivityUpdate { Unread = true })));
        Assert.Equal([2], await CommitAsync(new ArchiveChannelActivities("c", "a")));
        Assert.Equal([0], await CommitAsync(new ArchiveChannelActivities("c", "a")));

        var archived = await Storage.Plot.QueryActivitiesAsync(new ActivityQuery { Archived = true }, CancellationToken.None);
        Assert.Equal(["a1", "a2"], archived.Select(a => a.Source));
        Assert.All(await Storage.Plot.QueryActivitiesAsync(ActivityQuery.All, CancellationToken.None), a => Assert.True(a.Unread));
        Assert.Equal(["b1"], (await Storage.Plot.QueryActivitiesAsync(new ActivityQuery { Connector = "c", SyncProvider = "prov", ChannelId = "b" }, CancellationToken.None)).Select(a => a.Source));
        Assert.Empty(await Storage.Plot.QueryActivitiesAsync(new ActivityQuery { Connector = "someone-else" }, CancellationToken.None));
    }

    [Fact]
    public async Task Text_of_every_kind_round_trips()
    {
        const string text = "quotes ' \" back\\slash, percent % under_score, emoji \U0001F600, CJK 漢字, NUL-free multi\nline";
        await CommitAsync(Activity("s:" + text, title: text, metaJson: System.Text.Json.JsonSerializer.Serialize(new Dictionary<string, string> { ["k"] = text }), notes: [Note(text, text)]));

        var activity = await ActivityAsync("s:" + text);
        Assert.Equal((text, text), (activity.Title, activity.Meta["k"]));
        Assert.Equal((text, text), ((await Storage.Plot.GetNotesAsync(activity.Id, CancellationToken.None)).Single().Key, (await Storage.Plot.GetNotesAsync(activity.Id, CancellationToken.None)).Single().Content));
    }
}
