using System.Text.Json;
using System.Text.Json.Serialization;

namespace Twister.Samples.FakeSlack.Model;

// The JSON shapes of the Slack Web API and Events API the fake gives (snake_case, absent values omitted).

/// <summary><c>response_metadata</c>: the paging cursor ("" at the end) or an error's messages.</summary>
public sealed record ResponseMetadataJson(string? NextCursor, IReadOnlyList<string>? Messages = null);

/// <summary>A logical error: HTTP 200 with <c>ok: false</c>.</summary>
public sealed record ErrorJson(bool Ok, string Error, ResponseMetadataJson? ResponseMetadata = null);

/// <summary>A bare success.</summary>
public sealed record OkJson(bool Ok);

/// <summary><c>auth.test</c>.</summary>
public sealed record AuthTestJson(bool Ok, string Url, string Team, string User, string TeamId, string UserId);

/// <summary>A topic or purpose.</summary>
public sealed record TopicJson(string Value, string Creator, long LastSet);

/// <summary>A conversation object.</summary>
public sealed record ChannelJson(
    string Id,
    string? Name,
    bool IsChannel,
    bool IsGroup,
    bool IsIm,
    bool IsMpim,
    bool IsPrivate,
    bool IsArchived,
    bool? IsMember,
    long Created,
    string? User,
    TopicJson? Topic,
    TopicJson? Purpose,
    int? NumMembers,
    string? LastRead);

/// <summary><c>conversations.list</c>.</summary>
public sealed record ConversationsListJson(bool Ok, IReadOnlyList<ChannelJson> Channels, ResponseMetadataJson ResponseMetadata);

/// <summary><c>conversations.info</c>.</summary>
public sealed record ConversationInfoJson(bool Ok, ChannelJson Channel);

/// <summary>A reaction.</summary>
public sealed record ReactionJson(string Name, IReadOnlyList<string> Users, int Count);

/// <summary>An <c>edited</c> marker.</summary>
public sealed record EditedJson(string User, string Ts);

/// <summary>A message.</summary>
public sealed record MessageJson(
    string Type,
    string? Subtype,
    string Ts,
    string? User,
    string? BotId,
    string? Username,
    string Text,
    string? Team,
    string? ThreadTs,
    string? ParentUserId,
    int? ReplyCount,
    int? ReplyUsersCount,
    string? LatestReply,
    IReadOnlyList<string>? ReplyUsers,
    bool? Subscribed,
    string? LastRead,
    IReadOnlyList<ReactionJson>? Reactions,
    EditedJson? Edited);

/// <summary><c>conversations.history</c> and <c>conversations.replies</c>.</summary>
public sealed record MessagesJson(bool Ok, IReadOnlyList<MessageJson> Messages, bool HasMore, ResponseMetadataJson ResponseMetadata);

/// <summary>A user's profile.</summary>
public sealed record ProfileJson(
    string RealName,
    string DisplayName,
    string? Email,
    [property: JsonPropertyName("image_24")] string Image24,
    [property: JsonPropertyName("image_48")] string Image48,
    [property: JsonPropertyName("image_72")] string Image72,
    [property: JsonPropertyName("image_192")] string Image192,
    string? BotId);

/// <summary>A user.</summary>
public sealed record UserJson(string Id, string TeamId, string Name, bool Deleted, string RealName, string Tz, ProfileJson Profile, bool IsBot, long Updated);

/// <summary><c>users.info</c>.</summary>
public sealed record UserInfoJson(bool Ok, UserJson User);

/// <summary><c>users.list</c>.</summary>
public sealed record UsersListJson(bool Ok, IReadOnlyList<UserJson> Members, long CacheTs, ResponseMetadataJson ResponseMetadata);

/// <summary><c>chat.postMessage</c> and <c>chat.update</c>.</summary>
public sealed record ChatJson(bool Ok, string Channel, string Ts, string? Text, MessageJson Message);

/// <summary><c>chat.delete</c>.</summary>
public sealed record ChatDeleteJson(bool Ok, string Channel, string Ts);

/// <summary>The <c>event</c> of an Events API delivery (<c>message</c> and its <c>message_changed</c>/<c>message_deleted</c> subtypes).</summary>
public sealed record EventJson(
    string Type,
    string? Subtype,
    string? Channel,
    string? User,
    string? BotId,
    string? Username,
    string? Text,
    string Ts,
    string? ThreadTs,
    string? ParentUserId,
    string EventTs,
    string ChannelType,
    bool? Hidden,
    string? DeletedTs,
    MessageJson? Message,
    MessageJson? PreviousMessage);

/// <summary>An authorization of an <c>event_callback</c>.</summary>
public sealed record AuthorizationJson(string? EnterpriseId, string TeamId, string UserId, bool IsBot, bool IsEnterpriseInstall);

/// <summary>An <c>event_callback</c> envelope.</summary>
public sealed record EventCallbackJson(string Token, string TeamId, string ApiAppId, EventJson Event, string Type, string EventId, long EventTime, IReadOnlyList<AuthorizationJson> Authorizations, bool IsExtSharedChannel, string EventContext);

/// <summary>A <c>url_verification</c> request.</summary>
public sealed record UrlVerificationJson(string Token, string Challenge, string Type);

/// <summary>Reflection-free JSON metadata of the fake Slack APIs (snake_case, nulls omitted).</summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web, PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(ErrorJson))]
[JsonSerializable(typeof(OkJson))]
[JsonSerializable(typeof(AuthTestJson))]
[JsonSerializable(typeof(ConversationsListJson))]
[JsonSerializable(typeof(ConversationInfoJson))]
[JsonSerializable(typeof(MessagesJson))]
[JsonSerializable(typeof(UserInfoJson))]
[JsonSerializable(typeof(UsersListJson))]
[JsonSerializable(typeof(ChatJson))]
[JsonSerializable(typeof(ChatDeleteJson))]
[JsonSerializable(typeof(EventCallbackJson))]
[JsonSerializable(typeof(UrlVerificationJson))]
public sealed partial class FakeSlackJson : JsonSerializerContext;
