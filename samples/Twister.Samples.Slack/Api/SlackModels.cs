using System.Text.Json;
using System.Text.Json.Serialization;

namespace Twister.Samples.Slack.Api;

/// <summary>What every Web API answer carries: <c>ok</c>, and on failure Slack's error code.</summary>
public interface ISlackResponse
{
    /// <summary>Whether the call succeeded.</summary>
    bool Ok { get; }

    /// <summary>Slack's error code when <see cref="Ok"/> is <see langword="false"/> (<c>channel_not_found</c>, <c>ratelimited</c>, ...).</summary>
    string? Error { get; }

    /// <summary>The paging cursor, or an error's details.</summary>
    ResponseMetadata? ResponseMetadata { get; }
}

/// <summary><c>response_metadata</c>: the next page's cursor (empty at the end) or an error's messages.</summary>
/// <param name="NextCursor">The cursor of the next page; empty or absent at the end.</param>
/// <param name="Messages">Details of an error, if any.</param>
public sealed record ResponseMetadata(string? NextCursor, IReadOnlyList<string>? Messages = null);

/// <summary>A conversation: a channel, a private channel, a DM or a group DM.</summary>
/// <param name="Id">The immutable id (<c>C…</c>, <c>G…</c>, <c>D…</c>).</param>
/// <param name="Name">The name (without <c>#</c>); absent for a DM.</param>
/// <param name="IsArchived">Whether it is archived.</param>
/// <param name="IsMember">Whether the signed-in user is a member.</param>
/// <param name="IsPrivate">Whether it is private.</param>
public sealed record SlackChannel(string Id, string? Name, bool IsArchived, bool? IsMember, bool IsPrivate);

/// <summary>A message, as <c>conversations.history</c>, <c>conversations.replies</c> and <c>chat.*</c> give it.</summary>
/// <param name="Ts">The message's timestamp: its immutable id within its conversation.</param>
/// <param name="Text">The mrkdwn text.</param>
/// <param name="User">The author, for a person's message.</param>
/// <param name="BotId">The bot, for a bot's message.</param>
/// <param name="Subtype">Absent for an ordinary message; <c>bot_message</c>, <c>channel_join</c>, ... otherwise.</param>
/// <param name="ThreadTs">The thread's parent ts (the parent's own ts once it has replies).</param>
/// <param name="ReplyCount">How many replies a thread parent has.</param>
/// <param name="LatestReply">The ts of a thread parent's latest reply.</param>
/// <param name="Edited">When the message was last edited, if it was.</param>
public sealed record SlackMessage(
    string Ts,
    string? Text,
    string? User = null,
    string? BotId = null,
    string? Subtype = null,
    string? ThreadTs = null,
    int? ReplyCount = null,
    string? LatestReply = null,
    SlackEdited? Edited = null);

/// <summary>An <c>edited</c> marker.</summary>
/// <param name="User">Who edited.</param>
/// <param name="Ts">When.</param>
public sealed record SlackEdited(string? User, string Ts);

/// <summary>A workspace member.</summary>
/// <param name="Id">The immutable user id (<c>U…</c>).</param>
/// <param name="Name">The handle.</param>
/// <param name="RealName">The full name.</param>
/// <param name="IsBot">Whether it is a bot user.</param>
/// <param name="Profile">The profile (display name, email, avatar).</param>
public sealed record SlackUser(string Id, string? Name, string? RealName, bool IsBot, SlackProfile? Profile);

/// <summary>A member's profile.</summary>
/// <param name="RealName">The full name.</param>
/// <param name="DisplayName">The display name (may be empty).</param>
/// <param name="Email">The email (absent for bots, or without <c>users:read.email</c>).</param>
/// <param name="Image72">A 72-pixel avatar.</param>
public sealed record SlackProfile(
    string? RealName,
    string? DisplayName,
    string? Email,
    [property: JsonPropertyName("image_72")] string? Image72);

/// <summary><c>conversations.list</c>.</summary>
internal sealed record ConversationsResponse(bool Ok, string? Error, ResponseMetadata? ResponseMetadata, IReadOnlyList<SlackChannel>? Channels) : ISlackResponse;

/// <summary><c>conversations.history</c> and <c>conversations.replies</c>.</summary>
internal sealed record MessagesResponse(bool Ok, string? Error, ResponseMetadata? ResponseMetadata, IReadOnlyList<SlackMessage>? Messages, bool HasMore) : ISlackResponse;

/// <summary><c>users.info</c>.</summary>
internal sealed record UserResponse(bool Ok, string? Error, ResponseMetadata? ResponseMetadata, SlackUser? User) : ISlackResponse;

/// <summary><c>chat.postMessage</c> and <c>chat.update</c>.</summary>
internal sealed record ChatResponse(bool Ok, string? Error, ResponseMetadata? ResponseMetadata, string? Channel, string? Ts, SlackMessage? Message) : ISlackResponse;

/// <summary>The Slack Web API's JSON (snake_case), source-generated: trim- and AOT-safe.</summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web, PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(ConversationsResponse))]
[JsonSerializable(typeof(MessagesResponse))]
[JsonSerializable(typeof(UserResponse))]
[JsonSerializable(typeof(ChatResponse))]
internal sealed partial class SlackJsonContext : JsonSerializerContext;
