using Twister.Samples.Slack.Sync;
using Twister.Samples.Slack.Tests.Infrastructure;
using Twister.Testing;

namespace Twister.Samples.Slack.Tests.Sync;

public sealed class InitialSyncTests : SlackTestBase
{
    [Fact]
    public async Task The_channels_are_the_conversations_the_user_is_in_general_first()
    {
        var channels = await Host.Connector.InstallAsync();

        // Not the archived channel, not the one the user is not in, not the DMs.
        Assert.Equal(["#general", "#engineering", "#ops-private"], channels.Select(c => c.Title));
        Assert.Equal(General.Id, channels[0].Id);
    }

    [Fact]
    public async Task Every_top_level_message_of_a_person_becomes_an_item_with_its_message_as_first_note()
    {
        await SyncAsync();

        var items = await Host.AssertActivityCountAsync(GeneralItems);
        Assert.Equal(GeneralNotes, (await Host.Plot.CountAsync()).Notes);
        Assert.All(items, item =>
        {
            Assert.Equal(ActivityType.Note, item.Type);
            Assert.Equal((ThreadItem.Provider, General.Id), (item.Meta.SyncProvider, item.Meta.ChannelId));
            Assert.False(item.Unread);
            Assert.False(item.Archived);
            Assert.StartsWith($"https://slack.com/app_redirect?channel={General.Id}&message_ts=", item.SourceUrl, StringComparison.Ordinal);
        });
        Assert.DoesNotContain(items, i => i.Title!.Contains("Deployed", StringComparison.Ordinal) || i.Title.Contains("joined", StringComparison.Ordinal));
        await Host.AssertRequestsPerExecutionAtMostAsync(RequestBudget);
    }

    [Fact]
    public async Task Mrkdwn_is_converted_to_markdown_with_mentioned_people_named()
    {
        await SyncAsync();
        var welcome = Slack.Data.GetMessages(General.Id).Single(m => m.Text.StartsWith("Welcome", StringComparison.Ordinal));
        var deploy = Slack.Data.GetMessages(General.Id).Single(m => m.Text.StartsWith("*Deploy*", StringComparison.Ordinal));

        var welcomeNote = Assert.Single(await NotesOfAsync(General, welcome));
        var deployNote = Assert.Single(await NotesOfAsync(General, deploy));
        var deployItem = await ItemOfAsync(General, deploy);

        Assert.Equal("Welcome @Ada! See #engineering and [the handbook](https://example.com/handbook), or just https://example.com.", welcomeNote.Content);
        Assert.Equal(ContentType.Markdown, welcomeNote.ContentType);
        Assert.Equal("**Deploy** at 5pm, _maybe_ ~~not~~ today. Run `make deploy`:\n```\nmake deploy --env=prod\n```", deployNote.Content);
        Assert.Equal("Deploy at 5pm, maybe not today. Run make deploy:", deployItem.Title);
        Assert.StartsWith("Deploy at 5pm", deployItem.Preview, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Thread_replies_are_notes_replying_to_their_parent_in_order()
    {
        await SyncAsync();

        var notes = await NotesOfAsync(General, Question);
        var replies = Slack.Data.GetReplies(General.Id, Question.Ts);

        Assert.Equal([Question.Ts, .. replies.Select(r => r.Ts)], notes.Select(n => n.Key));
        Assert.Null(notes[0].ReplyTo);
        Assert.All(notes.Skip(1), n => Assert.Equal(Question.Ts, n.ReplyTo));
        Assert.Equal("Who can review [PR #42](https://github.com/example/app/pull/42)?", notes[0].Content);
        Assert.Equal(ThreadItem.TimeOf(replies[0].Ts), notes[1].Created);
    }

    [Fact]
    public async Task Authors_and_mentioned_people_are_contacts_by_their_slack_account()
    {
        await SyncAsync();
        var (ada, kat) = (Slack.Data.Users[0], Slack.Data.Users[3]);

        var item = await ItemOfAsync(General, Question);
        var notes = await NotesOfAsync(General, Question);
        var done = notes.Single(n => n.Content!.EndsWith("done :tada:", StringComparison.Ordinal));
        var contacts = await Host.Plot.GetContactsAsync();

        Assert.Equal($"src:slack:{kat.Id}", item.AuthorKey);
        Assert.Equal((kat.RealName, kat.Email), (item.Author!.Name, item.Author.Email));
        Assert.Equal([$"src:slack:{kat.Id}"], done.MentionKeys);
        Assert.Equal("@Kat done :tada:", done.Content); // named by display name
        Assert.Equal(ada.Email, notes.Single(n => n.Content == "On it").AuthorContact!.Email);
        // Each person is one contact, however often they write or are mentioned; the bot is none.
        Assert.Equal(contacts.Count, contacts.Select(c => c.Source!.AccountId).Distinct().Count());
        Assert.DoesNotContain(contacts, c => c.Source!.AccountId == Slack.Data.Users[4].Id);
        Assert.All(contacts, c => Assert.EndsWith("_72.png", c.AvatarUrl, StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_long_channel_syncs_page_by_page_each_in_its_own_execution()
    {
        await SyncAsync(Engineering);

        await Host.AssertActivityCountAsync(EngineeringMessages);
        var batches = (await Host.GetExecutionsAsync()).Where(e => e.CallbackKey == nameof(SlackConnector.Callbacks.SyncBatch)).ToList();
        Assert.Equal(3, batches.Count); // 20 + 20 + 5
        Assert.Null(await Host.GetStoredJsonAsync($"sync_state_{Engineering.Id}"));
        Assert.Equal(3, Slack.Data.CallCount("conversations.history"));
        Assert.Equal(0, Slack.Data.CallCount("conversations.replies")); // no thread there
    }

    [Fact]
    public async Task A_member_is_read_from_slack_once_then_from_the_store()
    {
        await SyncAsync(General, Engineering);

        // Four people write or are mentioned across both channels and 52 messages.
        Assert.Equal(4, Slack.Data.CallCount("users.info"));
    }

    [Fact]
    public async Task Syncing_again_changes_no_count_and_keeps_the_users_read_state()
    {
        await SyncAsync();
        var item = await ItemOfAsync(General, Question);
        await Host.Plot.SetActivityStateAsync(item.Id, unread: true);

        await Host.Connector.EnableChannelAsync(General.Id);
        await Host.RunUntilIdleAsync();

        await Host.AssertActivityCountAsync(GeneralItems);
        Assert.Equal(GeneralNotes, (await Host.Plot.CountAsync()).Notes);
        Assert.Single(await Host.GetWebhooksAsync()); // the enable replaced the channel's webhook
    }

    [Fact]
    public async Task The_history_window_limits_how_far_back_the_initial_sync_reaches()
    {
        await Host.Connector.InstallAsync();
        var cutoff = ThreadItem.TimeOf(Question.Ts); // the question and the two messages after it

        await Host.Connector.EnableChannelAsync(General.Id, new SyncContext(HistoryMin: cutoff.AddSeconds(-1)));
        await Host.RunUntilIdleAsync();

        var items = await Host.AssertActivityCountAsync(3);
        Assert.All(items, i => Assert.True(i.Created >= cutoff.AddSeconds(-1)));
    }
}
