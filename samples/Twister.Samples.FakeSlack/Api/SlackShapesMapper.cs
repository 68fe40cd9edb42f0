using System.Globalization;
using Twister.Samples.FakeSlack.Data;
using Twister.Samples.FakeSlack.Model;

namespace Twister.Samples.FakeSlack.Api;

/// <summary>Turns the fake's state into Slack's JSON shapes, as the signed-in user sees them.</summary>
internal sealed class SlackShapesMapper(FakeSlackData data)
{
    public ChannelJson Channel(SlackConversation c, bool withLastRead = false)
    {
        var isChannel = c.Kind == ConversationKind.PublicChannel;
        var isIm = c.Kind == ConversationKind.Im;
        var created = c.Created.ToUnixTimeSeconds();
        return new ChannelJson(
            c.Id, isIm ? null : c.Name, isChannel, c.Kind is ConversationKind.PrivateChannel or ConversationKind.Mpim, isIm, c.Kind == ConversationKind.Mpim,
            !isChannel, c.IsArchived, isIm ? null : c.IsMember, created,
            isIm ? c.Members.First(m => m != data.CurrentUser.Id) : null,
            isIm ? null : new TopicJson(c.Topic, c.Members[0], created), isIm ? null : new TopicJson(c.Purpose, c.Members[0], created),
            isIm ? null : c.Members.Count, withLastRead ? c.LastRead ?? "0000000000.000000" : null);
    }

    /// <summary>A message; a thread parent gets its reply summary, and (in <c>conversations.replies</c>) the user's subscription and read cursor.</summary>
    public MessageJson Message(SlackMessage m, bool inReplies = false)
    {
        var isParent = m.ThreadTs == m.Ts;
        var replies = isParent ? data.GetReplies(m.ChannelId, m.Ts) : [];
        var replyUsers = replies.Select(r => r.UserId ?? r.BotId!).Distinct().ToList();
        var me = data.CurrentUser.Id;
        var participated = isParent && (m.UserId == me || replies.Any(r => r.UserId == me));
        var parentUser = m.ThreadTs is { } threadTs && !isParent ? data.GetMessage(m.ChannelId, threadTs)?.UserId : null;
        return new MessageJson(
            "message", m.Subtype, m.Ts, m.UserId, m.BotId, m.Username, m.Text, m.UserId is null ? null : data.TeamId, m.ThreadTs, parentUser,
            isParent ? replies.Count : null, isParent ? replyUsers.Count : null, isParent && replies.Count > 0 ? replies[^1].Ts : null, isParent ? replyUsers : null,
            inReplies && isParent ? participated : null,
            inReplies && isParent && participated ? replies.LastOrDefault(r => r.UserId == me)?.Ts ?? m.Ts : null,
            m.Reactions.Count == 0 ? null : [.. m.Reactions.Select(r => new ReactionJson(r.Name, r.Users, r.Users.Count))],
            m.EditedTs is null ? null : new EditedJson(m.UserId ?? m.BotId!, m.EditedTs));
    }

    public UserJson User(SlackUser u)
    {
        string Image(int size) => $"https://avatars.slack-edge.example/{u.Id}_{size.ToString(CultureInfo.InvariantCulture)}.png";
        return new UserJson(u.Id, data.TeamId, u.Name, Deleted: false, u.RealName, "Europe/London",
            new ProfileJson(u.RealName, u.DisplayName, u.Email, Image(24), Image(48), Image(72), Image(192), u.IsBot ? data.BotId : null), u.IsBot, 1740992400);
    }

    public static string ChannelType(SlackConversation c) => c.Kind switch
    {
        ConversationKind.Im => "im",
        ConversationKind.Mpim => "mpim",
        ConversationKind.PrivateChannel => "group",
        _ => "channel",
    };
}
