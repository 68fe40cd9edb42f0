using Twister.Hosting.Plot;
using Twister.Samples.Linear.Tests.Infrastructure;
using Twister.Testing;

namespace Twister.Samples.Linear.Tests.WriteBack;

public sealed class WriteBackTests : ConnectorTestBase
{
    private const string Reply = "Reproduced on **staging**.";

    [Fact]
    public async Task A_plot_users_note_creates_a_comment_and_takes_its_key()
    {
        await SyncFirstTeamAsync();
        var activity = await ActivityOfAsync(FirstIssue);

        var note = await Host.Plot.AddNoteAsync(activity.Id, Reply);

        var comment = Assert.Single(Linear.Data.GetComments(FirstIssue.Id));
        Assert.Equal(Reply, comment.Body);
        Assert.Equal($"comment-{comment.Id}", note.Key);
        Assert.NotNull(note.BaselineHash);
    }

    [Fact]
    public async Task The_next_sync_keeps_plots_note_while_the_comment_is_unchanged()
    {
        await SyncFirstTeamAsync();
        var note = await Host.Plot.AddNoteAsync((await ActivityOfAsync(FirstIssue)).Id, Reply);

        await ResyncAsync();

        var after = await Host.AssertNoteAsync(SourceOf(FirstIssue), note.Key!);
        Assert.Equal(note.Id, after.Id);
        Assert.Equal(PlotWorkspace.LocalUser, after.Author); // Plot's copy, not the synced one
        Assert.Equal(note.BaselineHash, after.BaselineHash);
        Assert.Single(await Host.Plot.GetNotesAsync(after.ActivityId), n => n.Key == note.Key);
    }

    [Fact]
    public async Task The_next_sync_overwrites_plots_note_when_the_comment_was_edited_in_linear()
    {
        await SyncFirstTeamAsync();
        var note = await Host.Plot.AddNoteAsync((await ActivityOfAsync(FirstIssue)).Id, Reply);
        Linear.Data.EditComment(Linear.Data.GetComments(FirstIssue.Id)[0].Id, "Edited in Linear.");

        await ResyncAsync();

        var after = await Host.AssertNoteAsync(SourceOf(FirstIssue), note.Key!);
        Assert.Equal("Edited in Linear.", after.Content);
        Assert.Equal(ActorType.Twist, after.Author.Type);
        Assert.Null(after.BaselineHash);
    }

    [Fact]
    public async Task A_note_authored_by_a_twist_is_not_written_back()
    {
        await SyncFirstTeamAsync();
        var activity = await ActivityOfAsync(FirstIssue);

        var note = await Host.Plot.AddNoteAsync(activity.Id, "Summary by a twist", new Actor("twist-1", ActorType.Twist, "A twist"));

        Assert.Empty(Linear.Data.GetComments(FirstIssue.Id));
        Assert.Null(note.Key);
        Assert.Null(note.BaselineHash);
    }

    [Fact]
    public async Task Editing_a_written_back_note_edits_the_comment()
    {
        await SyncFirstTeamAsync();
        var note = await Host.Plot.AddNoteAsync((await ActivityOfAsync(FirstIssue)).Id, Reply);

        var edited = await Host.Plot.EditNoteAsync(note.Id, "Fixed by the last deploy.");

        Assert.Equal("Fixed by the last deploy.", Assert.Single(Linear.Data.GetComments(FirstIssue.Id)).Body);
        Assert.Equal(note.Key, edited.Key);
        Assert.NotEqual(note.BaselineHash, edited.BaselineHash);
    }

    private async Task ResyncAsync()
    {
        await Host.Connector.EnableChannelAsync(Team.Id);
        await Host.RunUntilIdleAsync();
        await Host.AssertNoFailedExecutionsAsync();
    }
}
