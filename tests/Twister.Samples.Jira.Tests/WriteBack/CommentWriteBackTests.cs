using Twister.Hosting.Plot;
using Twister.Samples.FakeJira.Model;
using Twister.Samples.Jira.Tests.Infrastructure;
using Twister.Testing;

namespace Twister.Samples.Jira.Tests.WriteBack;

public sealed class CommentWriteBackTests : JiraTestBase
{
    private const string Reply = "Reproduced on **staging**.\n\nLogs attached.";

    [Fact]
    public async Task A_plot_users_note_becomes_a_jira_comment_and_takes_its_key_and_baseline()
    {
        await SyncProjectAsync();
        var issue = FirstIssue; // no comments yet
        var item = await ItemOfAsync(issue);

        var note = await Host.Plot.AddNoteAsync(item.Id, Reply);

        var comment = Assert.Single(Jira.Data.GetComments(issue.Id));
        Assert.Equal(["Reproduced on **staging**.", "Logs attached."], comment.Body.Content!.Select(p => p.ToPlainText()));
        Assert.Equal(Jira.Data.CurrentUser.AccountId, comment.AuthorId);
        Assert.Equal(("plotNoteId", $"\"{note.Id}\""), (comment.Properties[0].Key, comment.Properties[0].Value));
        Assert.Equal($"comment-{comment.Id}", note.Key);
        Assert.NotNull(note.BaselineHash);
    }

    [Fact]
    public async Task The_next_sync_keeps_plots_note_while_the_comment_is_unchanged()
    {
        await SyncProjectAsync();
        var note = await Host.Plot.AddNoteAsync((await ItemOfAsync(FirstIssue)).Id, Reply);

        await SyncProjectAsync();

        var after = await Host.AssertNoteAsync(SourceOf(FirstIssue), note.Key!);
        Assert.Equal(note.Id, after.Id);
        Assert.Equal(PlotWorkspace.LocalUser, after.Author); // Plot's copy, not the synced one
        Assert.Equal(note.BaselineHash, after.BaselineHash);
    }

    [Fact]
    public async Task The_next_sync_overwrites_plots_note_when_the_comment_was_edited_in_jira()
    {
        await SyncProjectAsync();
        var note = await Host.Plot.AddNoteAsync((await ItemOfAsync(FirstIssue)).Id, Reply);
        Jira.Data.UpdateComment(FirstIssue.Id, Assert.Single(Jira.Data.GetComments(FirstIssue.Id)).Id, AdfNode.FromText("Edited in Jira."));

        await SyncProjectAsync();

        var after = await Host.AssertNoteAsync(SourceOf(FirstIssue), note.Key!);
        Assert.Equal("Edited in Jira.", after.Content);
        Assert.Equal(ActorType.Contact, after.Author.Type);
        Assert.Null(after.BaselineHash);
    }

    [Fact]
    public async Task A_note_authored_by_a_twist_is_not_written_back()
    {
        await SyncProjectAsync();

        var note = await Host.Plot.AddNoteAsync((await ItemOfAsync(FirstIssue)).Id, "Summary by a twist", new Actor("twist-1", ActorType.Twist, "A twist"));

        Assert.Empty(Jira.Data.GetComments(FirstIssue.Id));
        Assert.Null(note.Key);
    }

    [Fact]
    public async Task Editing_a_written_back_note_edits_the_comment()
    {
        await SyncProjectAsync();
        var note = await Host.Plot.AddNoteAsync((await ItemOfAsync(FirstIssue)).Id, Reply);

        var edited = await Host.Plot.EditNoteAsync(note.Id, "Fixed by the last deploy.");

        Assert.Equal("Fixed by the last deploy.", Assert.Single(Jira.Data.GetComments(FirstIssue.Id)).Body.ToPlainText());
        Assert.Equal(note.Key, edited.Key);
        Assert.NotEqual(note.BaselineHash, edited.BaselineHash);
    }
}
