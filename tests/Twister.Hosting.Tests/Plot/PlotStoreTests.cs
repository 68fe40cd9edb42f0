using Twister.Hosting.Configuration;
using Twister.Hosting.Plot;
using Twister.Hosting.Storage;

namespace Twister.Hosting.Tests.Plot;

public sealed class PlotStoreTests
{
    private static readonly DateTimeOffset Now = new(2025, 1, 1, 0, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task A_write_back_key_already_held_by_another_note_replaces_that_note_instead_of_duplicating_it()
    {
        await using var database = new TwisterDatabase(new TwisterOptions { UseInMemoryDatabase = true });
        using var lease = await database.AcquireAsync(default);
        var (activityId, _) = PlotStore.UpsertActivity(database, "c", new NewActivity
        {
            Source = "s:1",
            Notes = [new NewNote { Key = "comment-1", Content = "synced earlier" }],
        }, Now);
        var userNote = PlotStore.InsertNote(database, activityId, key: null, "written in Plot", ContentType.Markdown, PlotWorkspace.LocalUser, links: null, Now);

        PlotStore.ApplyWriteBack(database, userNote, new NoteWriteBackResult("comment-1", "written in Plot"));

        var note = Assert.Single(PlotStore.GetNotes(database, activityId));
        Assert.Equal(userNote, note.Id);
        Assert.Equal("comment-1", note.Key);
        Assert.Equal("written in Plot", note.Content);
        Assert.NotNull(note.BaselineHash);
    }
}
