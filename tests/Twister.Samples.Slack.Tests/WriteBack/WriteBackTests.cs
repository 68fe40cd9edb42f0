using Twister.Hosting.Plot;
using Twister.Hosting.Tasks;
using Twister.Samples.Slack.Tests.Infrastructure;
using Twister.Testing;

namespace Twister.Samples.Slack.Tests.WriteBack;

public sealed class WriteBackTests : SlackTestBase
{
    private const string Reply = "Reproduced on **staging**, see [the log](https://example.com/log?run=1&step=2).";

    [Fact]
    public async Task A_plot_reply_is_posted_into_its_thread_as_mrkdwn_and_takes_the_messages_ts_as_key()
    {
        await SyncAsync();

        var note = await Host.Plot.AddNoteAsync((await ItemOfAsync(General, Question)).Id, Reply);

        var posted = Slack.Data.GetReplies(General.Id, Question.Ts)[^1];
        Assert.Equal("Reproduced on *staging*, see <https://example.com/log?run=1&amp;step=2|the log>.", posted.Text);
        Assert.Equal(Slack.Data.CurrentUser.Id, posted.UserId);
        Assert.Equal(posted.Ts, note.Key);
        Assert.NotNull(note.BaselineHash);
    }

    [Fact]
    public async Task A_reply_on_an_item_without_replies_starts_its_thread()
    {
        await SyncAsync();
        var standup = Slack.Data.GetMessages(General.Id).Single(m => m.Text.StartsWith("<!here>", StringComparison.Ordinal));

        var note = await Host.Plot.AddNoteAsync((await ItemOfAsync(General, standup)).Id, "Running late");

        Assert.Equal(note.Key, Assert.Single(Slack.Data.GetReplies(General.Id, standup.Ts)).Ts);
    }

    [Fact]
    public async Task The_echo_of_the_posted_reply_is_dropped_without_even_reading_the_thread()
    {
        await SyncAsync();
        var note = await Host.Plot.AddNoteAsync((await ItemOfAsync(General, Question)).Id, Reply);
        var calls = Slack.Data.CallCount("conversations.replies");

        var delivery = await DeliverAsync(General, Slack.BuildMessageEvent(General.Id, note.Key!));

        Assert.Equal(200, delivery.StatusCode);
        Assert.DoesNotContain(await Host.GetTasksAsync(), t => t.Status == QueuedTaskStatus.Pending);
        Assert.Equal(calls, Slack.Data.CallCount("conversations.replies"));
        var notes = await NotesOfAsync(General, Question);
        Assert.Equal(GeneralNotes + 1, (await Host.Plot.CountAsync()).Notes);
        var kept = Assert.Single(notes, n => n.Key == note.Key);
        Assert.Equal((note.Id, Reply, PlotWorkspace.LocalUser.Id), (kept.Id, kept.Content, kept.Author.Id));
        Assert.Null(await Host.GetStoredJsonAsync($"sent_{General.Id}_{note.Key}")); // the mark is spent
    }

    [Fact]
    public async Task The_next_sync_keeps_plots_copy_of_the_reply_while_the_message_is_unchanged()
    {
        await SyncAsync();
        var note = await Host.Plot.AddNoteAsync((await ItemOfAsync(General, Question)).Id, Reply);

        await Host.Connector.EnableChannelAsync(General.Id);
        await Host.RunUntilIdleAsync();

        var after = Assert.Single(await NotesOfAsync(General, Question), n => n.Key == note.Key);
        Assert.Equal((note.Id, Reply, PlotWorkspace.LocalUser.Id, note.BaselineHash), (after.Id, after.Content, after.Author.Id, after.BaselineHash));
        Assert.Equal(GeneralNotes + 1, (await Host.Plot.CountAsync()).Notes);
    }

    [Fact]
    public async Task An_edit_made_in_slack_after_the_echo_still_reaches_plot()
    {
        await SyncAsync();
        var note = await Host.Plot.AddNoteAsync((await ItemOfAsync(General, Question)).Id, Reply);
        await DeliverAsync(General, Slack.BuildMessageEvent(General.Id, note.Key!)); // the echo, dropped

        Slack.Data.EditMessage(General.Id, note.Key!, "Fixed on *staging*");
        await DeliverAsync(General, Slack.BuildMessageChanged(General.Id, note.Key!));
        await Host.RunPendingTasksAsync();

        var after = Assert.Single(await NotesOfAsync(General, Question), n => n.Key == note.Key);
        Assert.Equal("Fixed on **staging**", after.Content);
        Assert.Equal(ActorType.Contact, after.Author.Type);
    }

    [Fact]
    public async Task Editing_the_reply_in_plot_edits_the_message_and_its_echo_is_dropped()
    {
        await SyncAsync();
        var note = await Host.Plot.AddNoteAsync((await ItemOfAsync(General, Question)).Id, Reply);
        await DeliverAsync(General, Slack.BuildMessageEvent(General.Id, note.Key!));

        var edited = await Host.Plot.EditNoteAsync(note.Id, "Fixed by the _last_ deploy");
        var echo = await DeliverAsync(General, Slack.BuildMessageChanged(General.Id, note.Key!));

        Assert.Equal("Fixed by the _last_ deploy", Slack.Data.GetMessage(General.Id, note.Key!)!.Text);
        Assert.Equal(note.Key, edited.Key);
        Assert.NotEqual(note.BaselineHash, edited.BaselineHash);
        Assert.Equal(200, echo.StatusCode);
        Assert.DoesNotContain(await Host.GetTasksAsync(), t => t.Status == QueuedTaskStatus.Pending);
    }

    [Fact]
    public async Task A_note_authored_by_a_twist_is_not_posted()
    {
        await SyncAsync();
        var replies = Slack.Data.GetReplies(General.Id, Question.Ts).Count;

        var note = await Host.Plot.AddNoteAsync((await ItemOfAsync(General, Question)).Id, "Summary by a twist", new Actor("twist-1", ActorType.Twist, "A twist"));

        Assert.Equal(replies, Slack.Data.GetReplies(General.Id, Question.Ts).Count);
        Assert.Null(note.Key);
    }
}
