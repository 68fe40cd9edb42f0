using Twister.Samples.FakeSlack.Data;

namespace Twister.Samples.FakeSlack.Tests;

public sealed class FakeSlackDataTests
{
    [Fact]
    public void The_same_seed_gives_the_same_workspace_and_general_holds_every_case()
    {
        var data = FakeSlackData.Seed();
        var again = FakeSlackData.Seed();
        var general = data.Channel("general");
        var messages = data.GetMessages(general.Id);
        var texts = string.Join("\n", messages.Select(m => m.Text));
        var (ada, engineering) = (data.CurrentUser.Id, data.Channel("engineering").Id);

        Assert.Equal(data.Users, again.Users);
        Assert.Equal(messages, again.GetMessages(again.Channel("general").Id), (a, b) => a.Ts == b.Ts && a.Text == b.Text);
        Assert.NotEqual(data.TeamId, FakeSlackData.Seed(seed: 2).TeamId);
        Assert.Matches("^U[0-9A-V]{10}$", ada);
        Assert.Matches(@"^\d{10}\.\d{6}$", messages[0].Ts);
        Assert.Contains($"<@{ada}>", texts, StringComparison.Ordinal);
        Assert.Contains($"<#{engineering}|engineering>", texts, StringComparison.Ordinal);
        Assert.Contains("<https://example.com/handbook|the handbook>", texts, StringComparison.Ordinal);
        foreach (var form in new[] { "*Deploy*", "_maybe_", "~not~", "`make deploy`", "```", "<!here>", "<!subteam^" })
            Assert.Contains(form, texts, StringComparison.Ordinal);
        Assert.Contains(messages, m => m is { Subtype: "bot_message", UserId: null } && m.BotId == data.BotId);
        Assert.Contains(messages, m => m.Subtype == "channel_join");
        var parent = Assert.Single(messages, m => m.ThreadTs == m.Ts);
        Assert.Equal(2, data.GetReplies(general.Id, parent.Ts).Count);
        Assert.Contains(data.Conversations, c => c.IsArchived);
        Assert.Contains(data.Conversations, c => !c.IsMember);
        Assert.Null(Assert.Single(data.Users, u => u.IsBot).Email);
    }

    [Fact]
    public void History_pages_newest_first_without_replies_and_within_the_bounds()
    {
        var data = FakeSlackData.Seed(fillerMessages: 25);
        var engineering = data.Channel("engineering").Id;
        var seen = new List<string>();
        string? cursor = null;
        do
        {
            var page = data.History(engineering, cursor, limit: 10);
            seen.AddRange(page.Messages.Select(m => m.Ts));
            cursor = page.NextCursor;
        }
        while (cursor is not null);
        var general = data.Channel("general").Id;
        var top = data.History(general).Messages;
        var all = data.GetMessages(engineering);

        Assert.Equal(25, seen.Count);
        Assert.Equal(seen.OrderByDescending(t => t, StringComparer.Ordinal), seen);
        Assert.DoesNotContain(top, m => m.ThreadTs is not null && m.ThreadTs != m.Ts);
        Assert.Equal(data.GetMessages(general).Count - 2, top.Count);
        Assert.Equal(4, data.History(engineering, oldest: all[20].Ts).Messages.Count);
        Assert.Equal(5, data.History(engineering, oldest: all[20].Ts, inclusive: true).Messages.Count);
        Assert.Equal(all[9].Ts, data.History(engineering, latest: all[10].Ts, limit: 1).Messages[0].Ts);
        Assert.Equal("invalid_cursor", Assert.Throws<SlackApiException>(() => data.History(engineering, cursor: "bm9wZQ==")).Error);
        Assert.Equal("not_in_channel", Assert.Throws<SlackApiException>(() => data.History(data.Channel("sales").Id)).Error);
    }

    [Fact]
    public void Replies_start_with_the_parent_on_every_page_and_a_reply_ts_finds_its_thread()
    {
        var data = FakeSlackData.Seed();
        var general = data.Channel("general").Id;
        var parent = data.GetMessages(general).Single(m => m.ThreadTs == m.Ts);
        var third = data.PostMessage(general, data.Users[2].Id, "Me too", parent.Ts);

        var first = data.Replies(general, parent.Ts, limit: 2);
        var second = data.Replies(general, parent.Ts, first.NextCursor, limit: 2);
        var fromReply = data.Replies(general, third.Ts);
        var lonely = data.Replies(general, data.GetMessages(general)[1].Ts);

        Assert.Equal([parent.Ts, .. data.GetReplies(general, parent.Ts).Take(2).Select(r => r.Ts)], first.Messages.Select(m => m.Ts));
        Assert.Equal([parent.Ts, third.Ts], second.Messages.Select(m => m.Ts));
        Assert.Null(second.NextCursor);
        Assert.Equal(4, fromReply.Messages.Count);
        Assert.Single(lonely.Messages);
        Assert.Equal("thread_not_found", Assert.Throws<SlackApiException>(() => data.Replies(general, "1.000000")).Error);
    }

    [Fact]
    public void Posting_editing_deleting_and_reacting_follow_slacks_rules()
    {
        var data = FakeSlackData.Seed();
        var general = data.Channel("general").Id;
        var lonely = data.GetMessages(general)[1];

        var reply = data.PostMessage(general, data.CurrentUser.Id, "Starting a thread", lonely.Ts);
        var bot = data.PostBotMessage(general, "Build passed", lonely.Ts);
        var edited = data.EditMessage(general, reply.Ts, "Started a thread");
        data.React(general, reply.Ts, "eyes", data.Users[1].Id, add: true);
        var reacted = data.React(general, reply.Ts, "eyes", data.CurrentUser.Id, add: true);
        var deleted = data.DeleteMessage(general, bot.Ts);

        Assert.Equal(lonely.Ts, data.GetMessage(general, lonely.Ts)!.ThreadTs);
        Assert.Equal(lonely.Ts, reply.ThreadTs);
        Assert.Equal("Starting a thread", edited.PreviousText);
        Assert.NotNull(edited.EditedTs);
        Assert.Equal(2, Assert.Single(reacted.Reactions).Users.Count);
        Assert.True(deleted.Deleted);
        Assert.Equal([reply.Ts], data.GetReplies(general, lonely.Ts).Select(r => r.Ts));
        Assert.Equal("already_reacted", Assert.Throws<SlackApiException>(() => data.React(general, reply.Ts, "eyes", data.CurrentUser.Id, add: true)).Error);
        Assert.Equal("is_archived", Assert.Throws<SlackApiException>(() => data.PostMessage(data.Channel("old-project").Id, data.CurrentUser.Id, "hi")).Error);
        Assert.Equal("no_text", Assert.Throws<SlackApiException>(() => data.PostMessage(general, data.CurrentUser.Id, "")).Error);
        Assert.Equal("message_not_found", Assert.Throws<SlackApiException>(() => data.EditMessage(general, bot.Ts, "x")).Error);
    }

    [Fact]
    public void A_rate_limit_hits_exactly_the_armed_call_once_or_every_nth_call_when_repeating()
    {
        var data = FakeSlackData.Seed();

        data.LimitRate("conversations.history", onCall: 2, retryAfterSeconds: 7);
        int?[] once = [data.CountCall("conversations.history"), data.CountCall("conversations.history"), data.CountCall("conversations.history"), data.CountCall("users.info")];
        data.LimitRate("users.info", onCall: 2, retryAfterSeconds: 1, repeat: true);
        int?[] repeating = [.. Enumerable.Range(0, 4).Select(_ => data.CountCall("users.info"))];

        Assert.Equal([null, 7, null, null], once);
        Assert.Equal([null, 1, null, 1], repeating);
        Assert.Equal(3, data.CallCount("conversations.history"));
        Assert.Equal(5, data.CallCount("users.info"));
    }
}
