using System.Text.Json;
using System.Text.Json.Serialization;
using Twister.Samples.Slack.Api;

namespace Twister.Samples.Slack.Events;

/// <summary>An Events API request: a <c>url_verification</c> challenge or an <c>event_callback</c>.</summary>
/// <param name="Type"><c>url_verification</c> or <c>event_callback</c>.</param>
/// <param name="Challenge">The challenge to echo, for <c>url_verification</c>.</param>
/// <param name="EventId">The event's id, the same on every retry of its delivery.</param>
/// <param name="Event">The event, for <c>event_callback</c>.</param>
public sealed record SlackEnvelope(string? Type, string? Challenge = null, string? EventId = null, SlackEvent? Event = null);

/// <summary>A <c>message</c> event (its subtypes included: <c>message_changed</c>, <c>bot_message</c>, ...).</summary>
/// <param name="Type">The event type (<c>message</c>).</param>
/// <param name="Channel">The conversation.</param>
/// <param name="Ts">The message's ts (for <c>message_changed</c>, the event's own).</param>
/// <param name="Subtype">Absent for a person's new message.</param>
/// <param name="User">The author.</param>
/// <param name="BotId">The bot, for a bot's message.</param>
/// <param name="ThreadTs">The thread's parent ts, for a reply.</param>
/// <param name="Message">The message as it is now, for <c>message_changed</c>.</param>
public sealed record SlackEvent(
    string? Type,
    string? Channel,
    string? Ts,
    string? Subtype = null,
    string? User = null,
    string? BotId = null,
    string? ThreadTs = null,
    SlackMessage? Message = null);

/// <summary>The Events API's JSON (snake_case), source-generated: trim- and AOT-safe.</summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web, PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower)]
[JsonSerializable(typeof(SlackEnvelope))]
internal sealed partial class SlackEventsJsonContext : JsonSerializerContext;
