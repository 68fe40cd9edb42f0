using Twister.Hosting.Execution;
using Twister.Hosting.Tasks;
using Twister.Samples.Slack.Tests.Infrastructure;
using Twister.Testing;

namespace Twister.Samples.Slack.Tests.Events;

public sealed class EventDeliveryTests : SlackTestBase
{
    [Fact]
    public async Task A_new_message_is_acknowledged_at_once_and_becomes_an_item_through_a_task()
    {
        await SyncAsync();
        var (grace, alan) = (Slack.Data.Users[1].Id, Slack.Data.Users[2].Id);
        var message = Slack.Data.PostMessage(General.Id, grace, $"Lunch at *noon*, <@{alan}>?");

        var delivery = await DeliverAsync(General, Slack.BuildMessageEvent(General.Id, message.Ts));
        var before = await Host.Plot.FindActivityAsync(SourceOf(General, message));
        var ran = await Host.RunPendingTasksAsync();

        Assert.Equal(200, delivery.StatusCode);
        Assert.Null(before); // the answer did not wait for Slack's API
        Assert.Equal(nameof(SlackConnector.Callbacks.RefreshThread), Assert.Single(ran).CallbackKey);
        var item = await ItemOfAsync(General, message);
        Assert.Equal("Lunch at noon, @alan.t?", item.Title);
        var note = Assert.Single(await NotesOfAsync(General, message));
        Assert.Equal("Lunch at **noon**, @alan.t?", note.Content);
        Assert.Equal([$"src:slack:{alan}"], note.MentionKeys);
        Assert.True(item.Unread); // an incremental sync leaves read state to Plot
        await Host.AssertActivityCountAsync(GeneralItems + 1);
    }

    [Fact]
    public async Task A_reply_becomes_a_note_replying_to_its_parent()
    {
        await SyncAsync();
        var reply = Slack.Data.PostMessage(General.Id, Slack.Data.Users[2].Id, "Merged, thanks", Question.Ts);

        await DeliverAsync(General, Slack.BuildMessageEvent(General.Id, reply.Ts));
        await Host.RunPendingTasksAsync();

        var notes = await NotesOfAsync(General, Question);
        Assert.Equal(reply.Ts, notes[^1].Key);
        Assert.Equal(Question.Ts, notes[^1].ReplyTo);
        Assert.Equal("Merged, thanks", notes[^1].Content);
        await Host.AssertActivityCountAsync(GeneralItems);
        Assert.Equal(GeneralNotes + 1, (await Host.Plot.CountAsync()).Notes);
    }

    [Fact]
    public async Task Retried_deliveries_of_an_event_change_nothing()
    {
        await SyncAsync();
        var reply = Slack.Data.PostMessage(General.Id, Slack.Data.Users[2].Id, "Merged, thanks", Question.Ts);
        var delivery = Slack.BuildMessageEvent(General.Id, reply.Ts);
        await DeliverAsync(General, delivery);
        await Host.RunPendingTasksAsync();
        var notes = await NotesOfAsync(General, Question);
        var calls = Slack.Data.CallCount("conversations.replies");

        var retries = new[] { await DeliverAsync(General, delivery.Retry(1)), await DeliverAsync(General, delivery.Retry(2, "http_error")), await DeliverAsync(General, delivery) };
        var ran = await Host.RunPendingTasksAsync();

        Assert.All(retries, r => Assert.Equal(200, r.StatusCode));
        Assert.Empty(ran); // no second refresh was even queued
        Assert.Equal(calls, Slack.Data.CallCount("conversations.replies"));
        Assert.Equal(notes.Select(Snapshot), (await NotesOfAsync(General, Question)).Select(Snapshot));
        Assert.Equal(GeneralNotes + 1, (await Host.Plot.CountAsync()).Notes);
    }

    [Fact]
    public async Task An_edit_in_slack_updates_its_note()
    {
        await SyncAsync();
        var onIt = Slack.Data.GetReplies(General.Id, Question.Ts)[0];
        Slack.Data.EditMessage(General.Id, onIt.Ts, "On it, ~tomorrow~ today");

        await DeliverAsync(General, Slack.BuildMessageChanged(General.Id, onIt.Ts));
        await Host.RunPendingTasksAsync();

        var note = (await NotesOfAsync(General, Question)).Single(n => n.Key == onIt.Ts);
        Assert.Equal("On it, ~~tomorrow~~ today", note.Content);
        Assert.Equal(GeneralNotes, (await Host.Plot.CountAsync()).Notes);
    }

    [Fact]
    public async Task Bot_messages_deletions_and_other_conversations_events_queue_nothing()
    {
        await SyncAsync();
        var bot = Slack.Data.PostBotMessage(General.Id, "Deployed v1.2.4");
        var elsewhere = Slack.Data.PostMessage(Engineering.Id, Slack.Data.Users[1].Id, "Build 46 is green");
        var deleted = Slack.Data.GetReplies(General.Id, Question.Ts)[0];
        Slack.Data.DeleteMessage(General.Id, deleted.Ts);

        var deliveries = new[]
        {
            await DeliverAsync(General, Slack.BuildMessageEvent(General.Id, bot.Ts)),
            await DeliverAsync(General, Slack.BuildMessageEvent(Engineering.Id, elsewhere.Ts)), // not this webhook's conversation
            await DeliverAsync(General, Slack.BuildMessageDeleted(General.Id, deleted.Ts)),
        };

        Assert.All(deliveries, d => Assert.Equal(200, d.StatusCode));
        Assert.DoesNotContain(await Host.GetTasksAsync(), t => t.Status == QueuedTaskStatus.Pending);
        await Host.AssertActivityCountAsync(GeneralItems);
    }

    [Fact]
    public async Task Each_channel_takes_its_own_conversations_events_on_its_own_url()
    {
        await SyncAsync(General, Engineering);
        var message = Slack.Data.PostMessage(Engineering.Id, Slack.Data.Users[1].Id, "Build 46 is green");

        await DeliverAsync(Engineering, Slack.BuildMessageEvent(Engineering.Id, message.Ts));
        var ran = Assert.Single(await Host.RunPendingTasksAsync());

        Assert.Equal(ExecutionStatus.Succeeded, ran.Status);
        Assert.Equal("Build 46 is green", (await ItemOfAsync(Engineering, message)).Title);
        Assert.NotEqual(await EventsUrlAsync(General), await EventsUrlAsync(Engineering));
    }

    [Fact]
    public async Task A_thread_whose_parent_was_deleted_before_its_refresh_ran_is_left_alone()
    {
        await SyncAsync();
        var message = Slack.Data.PostMessage(General.Id, Slack.Data.Users[1].Id, "Typo, deleting");
        await DeliverAsync(General, Slack.BuildMessageEvent(General.Id, message.Ts));
        Slack.Data.DeleteMessage(General.Id, message.Ts);

        var ran = Assert.Single(await Host.RunPendingTasksAsync());

        Assert.Equal(ExecutionStatus.Succeeded, ran.Status);
        await Host.AssertActivityCountAsync(GeneralItems);
    }

    private static (long Id, string? Key, string? Content, string? ReplyTo, string Author) Snapshot(Twister.Hosting.Plot.PlotNote note)
        => (note.Id, note.Key, note.Content, note.ReplyTo, note.Author.Id);
}
