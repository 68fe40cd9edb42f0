using Twister.Samples.FakeSlack.Model;
using Twister.Samples.FakeServices;

namespace Twister.Samples.FakeSlack.Data;

public sealed partial class FakeSlackData
{
    private static readonly (string Handle, string Name, string Display)[] People =
        [("ada", "Ada Lovelace", "Ada"), ("grace", "Grace Hopper", ""), ("alan", "Alan Turing", "alan.t"), ("katherine", "Katherine Johnson", "Kat")];

    /// <summary>
    /// Builds the workspace: four people and a bot user; <c>#general</c>, <c>#engineering</c> (with
    /// <paramref name="fillerMessages"/> more messages, for paging), a private channel, an archived channel and a
    /// channel the user is not in; a DM and a group DM. <c>#general</c> holds every mrkdwn form (user, channel
    /// and link mentions, bold, italic, strike, inline and block code, <c>&lt;!here&gt;</c>, a user group), a thread
    /// with replies and reactions, a <c>bot_message</c> and a <c>channel_join</c>.
    /// </summary>
    /// <param name="fillerMessages">How many extra messages <c>#engineering</c> gets.</param>
    /// <param name="seed">Varies ids; the same seed gives the same data.</param>
    public static FakeSlackData Seed(int fillerMessages = 30, int seed = 1)
    {
        var data = new FakeSlackData(seed);
        foreach (var (handle, name, display) in People)
            data._users.Add(new SlackUser(StableIds.Upper(seed, $"user/{handle}", "U", 10), handle, name, display, $"{handle}@example.com", IsBot: false));
        data._users.Add(new SlackUser(StableIds.Upper(seed, "user/deploybot", "U", 10), "deploybot", "Deploy Bot", "", null, IsBot: true));
        var (ada, grace, alan, kat) = (data._users[0].Id, data._users[1].Id, data._users[2].Id, data._users[3].Id);
        string[] everyone = [ada, grace, alan, kat];

        SlackConversation Add(string key, string? name, ConversationKind kind, IReadOnlyList<string> members, bool archived = false, bool member = true, string topic = "")
        {
            var prefix = kind switch { ConversationKind.Im => "D", ConversationKind.PublicChannel => "C", _ => "G" };
            var conversation = new SlackConversation(StableIds.Upper(seed, $"conversation/{key}", prefix, 10), name, kind, archived, member, topic, name is null ? "" : $"About {name}", members, data._clock, null);
            data._conversations.Add(conversation);
            return conversation;
        }

        var general = Add("general", "general", ConversationKind.PublicChannel, everyone, topic: "Company-wide announcements");
        var engineering = Add("engineering", "engineering", ConversationKind.PublicChannel, everyone);
        var ops = Add("ops", "ops-private", ConversationKind.PrivateChannel, [ada, alan]);
        Add("old", "old-project", ConversationKind.PublicChannel, everyone, archived: true);
        Add("sales", "sales", ConversationKind.PublicChannel, [grace, kat], member: false);
        var dm = Add("dm/grace", null, ConversationKind.Im, [ada, grace]);
        var group = Add("mpim", "mpdm-ada--grace--alan-1", ConversationKind.Mpim, [ada, grace, alan]);
        var userGroup = StableIds.Upper(seed, "usergroup/engineering", "S", 10);

        lock (data._gate)
        {
            data.PostLocked(general.Id, $"<@{alan}> has joined the channel", null, m => m with { UserId = alan, Subtype = "channel_join" });
            data.PostLocked(general.Id, $"Welcome <@{ada}>! See <#{engineering.Id}|engineering> and <https://example.com/handbook|the handbook>, or just https://example.com.", null, m => m with { UserId = grace });
            data.PostLocked(general.Id, "*Deploy* at 5pm, _maybe_ ~not~ today. Run `make deploy`:\n```make deploy --env=prod```", null, m => m with { UserId = alan });
            var question = data.PostLocked(general.Id, "Who can review <https://github.com/example/app/pull/42|PR #42>?", null, m => m with { UserId = kat });
            data.PostLocked(general.Id, "On it", question.Ts, m => m with { UserId = ada });
            var done = data.PostLocked(general.Id, $"<@{kat}> done :tada:", question.Ts, m => m with { UserId = grace });
            data._messages[(general.Id, done.Ts)] = done with { Reactions = [new SlackReaction("tada", [kat, ada]), new SlackReaction("+1", [alan])] };
            data.PostLocked(general.Id, "Deployed v1.2.3 :rocket:", null, m => m with { BotId = data.BotId, Username = "deploybot", Subtype = "bot_message" });
            data.PostLocked(general.Id, "<!here> standup in 5 minutes", null, m => m with { UserId = grace });
            data.PostLocked(general.Id, $"<!subteam^{userGroup}|@engineering> please look at the flaky test", null, m => m with { UserId = alan });
            for (var i = 1; i <= fillerMessages; i++)
                data.PostLocked(engineering.Id, $"Build {i} is {(i % 3 == 0 ? "red" : "green")}", null, m => m with { UserId = everyone[i % everyone.Length] });
            data.PostLocked(ops.Id, "Rotating the database password tonight.", null, m => m with { UserId = alan });
            data.PostLocked(dm.Id, "Lunch tomorrow?", null, m => m with { UserId = grace });
            data.PostLocked(dm.Id, "Sure, 12:30", null, m => m with { UserId = ada });
            data.PostLocked(group.Id, $"<@{grace}> <@{alan}> draft is ready", null, m => m with { UserId = ada });
            var generalIndex = data._conversations.IndexOf(general);
            data._conversations[generalIndex] = general with { LastRead = question.Ts };
        }
        return data;
    }
}
