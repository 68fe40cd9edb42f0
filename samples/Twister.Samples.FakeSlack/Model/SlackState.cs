namespace Twister.Samples.FakeSlack.Model;

/// <summary>A workspace member (a person or a bot user).</summary>
/// <param name="Id">The user id (<c>U...</c>).</param>
/// <param name="Name">The handle.</param>
/// <param name="RealName">The full name.</param>
/// <param name="DisplayName">The display name (may be empty).</param>
/// <param name="Email">The email (<see langword="null"/> for bots).</param>
/// <param name="IsBot">Whether it is a bot user.</param>
public sealed record SlackUser(string Id, string Name, string RealName, string DisplayName, string? Email, bool IsBot);

/// <summary>The kind of a conversation.</summary>
public enum ConversationKind
{
    /// <summary>A public channel.</summary>
    PublicChannel,

    /// <summary>A private channel.</summary>
    PrivateChannel,

    /// <summary>A direct message with one person.</summary>
    Im,

    /// <summary>A group direct message.</summary>
    Mpim,
}

/// <summary>A conversation (channel, private channel, DM or group DM).</summary>
/// <param name="Id">The id (<c>C...</c>, <c>G...</c> or <c>D...</c>).</param>
/// <param name="Name">The name (<see langword="null"/> for a DM).</param>
/// <param name="Kind">The kind.</param>
/// <param name="IsArchived">Whether it is archived.</param>
/// <param name="IsMember">Whether the signed-in user is a member.</param>
/// <param name="Topic">The topic.</param>
/// <param name="Purpose">The purpose.</param>
/// <param name="Members">The members' user ids.</param>
/// <param name="Created">When it was created.</param>
/// <param name="LastRead">The signed-in user's read cursor (a message ts), if any.</param>
public sealed record SlackConversation(string Id, string? Name, ConversationKind Kind, bool IsArchived, bool IsMember, string Topic, string Purpose, IReadOnlyList<string> Members, DateTimeOffset Created, string? LastRead);

/// <summary>A message. Replies carry the parent's <see cref="ThreadTs"/>; a parent's own <see cref="ThreadTs"/> equals its <see cref="Ts"/> once it has replies.</summary>
/// <param name="ChannelId">The conversation.</param>
/// <param name="Ts">The message timestamp (its id within the conversation).</param>
/// <param name="UserId">The author, for a person's message.</param>
/// <param name="BotId">The bot, for a bot message (<c>B...</c>).</param>
/// <param name="Username">The bot's name, for a bot message.</param>
/// <param name="Subtype"><see langword="null"/>, <c>bot_message</c>, <c>channel_join</c>, ...</param>
/// <param name="Text">The mrkdwn text.</param>
/// <param name="ThreadTs">The thread it belongs to.</param>
/// <param name="Reactions">Reactions: emoji name and the users who reacted.</param>
/// <param name="EditedTs">When it was last edited, if it was.</param>
/// <param name="PreviousText">Its text before the last edit (for <c>message_changed</c>).</param>
/// <param name="Deleted">Whether it was deleted (kept for <c>message_deleted</c>).</param>
public sealed record SlackMessage(
    string ChannelId,
    string Ts,
    string? UserId,
    string? BotId,
    string? Username,
    string? Subtype,
    string Text,
    string? ThreadTs,
    IReadOnlyList<SlackReaction> Reactions,
    string? EditedTs,
    string? PreviousText,
    bool Deleted);

/// <summary>A reaction on a message.</summary>
/// <param name="Name">The emoji name, without colons.</param>
/// <param name="Users">Who reacted.</param>
public sealed record SlackReaction(string Name, IReadOnlyList<string> Users);

/// <summary>A rate limit armed with <see cref="Data.FakeSlackData.LimitRate"/>.</summary>
/// <param name="Method">The Web API method.</param>
/// <param name="OnCall">Which call (counted from when it was armed) answers 429.</param>
/// <param name="RetryAfterSeconds">The <c>Retry-After</c> it answers with.</param>
/// <param name="Repeat">Whether every <paramref name="OnCall"/>-th call after that answers 429 too.</param>
public sealed record RateLimitRule(string Method, int OnCall, int RetryAfterSeconds, bool Repeat);
