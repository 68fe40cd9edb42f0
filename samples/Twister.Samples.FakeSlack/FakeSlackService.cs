using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Twister.Samples.FakeServices;
using Twister.Samples.FakeSlack.Api;
using Twister.Samples.FakeSlack.Data;
using Twister.Samples.FakeSlack.Model;

namespace Twister.Samples.FakeSlack;

/// <summary>
/// An embedded fake of Slack's Web API (<c>/api/{method}</c>, as at <c>https://slack.com</c>) on 127.0.0.1,
/// over a deterministic workspace, with builders for the Events API deliveries Slack would send. Requests
/// need <c>Authorization: Bearer {Token}</c>; without it Slack's answer is HTTP 200 with <c>not_authed</c>
/// (or <c>invalid_auth</c> for a wrong token).
/// </summary>
/// <example><code>
/// await using var slack = new FakeSlackService(FakeSlackData.Seed());
/// await slack.StartAsync();
/// options.MapOrigin("https://slack.com", slack.BaseAddress);
/// </code></example>
public sealed class FakeSlackService : LoopbackFakeService
{
    /// <summary>The user token accepted unless another is given.</summary>
    public const string DefaultToken = "xoxp-fake-slack-token";

    /// <summary>The app's signing secret, which signs event deliveries.</summary>
    public const string SigningSecret = "fake-signing-secret";

    /// <summary>The (legacy) verification token carried in event bodies.</summary>
    public const string VerificationToken = "fake-verification-token";

    private const string AppId = "A0FAKEAPP01";
    private static readonly FakeSlackJson Json = FakeSlackJson.Default;

    /// <summary>Creates the service (not yet listening).</summary>
    /// <param name="data">The workspace it serves.</param>
    /// <param name="token">The bearer token it accepts.</param>
    public FakeSlackService(FakeSlackData data, string token = DefaultToken)
        : base(token)
    {
        Data = data;
    }

    /// <summary>The workspace served; edit it to play its people, or arm rate limits.</summary>
    public FakeSlackData Data { get; }

    /// <summary>The <c>url_verification</c> request Slack sends when an Events URL is set; the app must echo the challenge.</summary>
    /// <param name="challenge">The challenge.</param>
    public SlackEventDelivery BuildUrlVerification(string challenge = "3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P")
        => SlackEventDelivery.Signed(JsonSerializer.Serialize(new UrlVerificationJson(VerificationToken, challenge, "url_verification"), Json.UrlVerificationJson), Data.UnixNow, SigningSecret);

    /// <summary>An <c>event_callback</c> with a <c>message</c> event for a posted message (a reply carries <c>thread_ts</c>; a bot's, <c>bot_id</c> and <c>subtype: bot_message</c>).</summary>
    /// <param name="channelId">The conversation.</param>
    /// <param name="ts">The message.</param>
    /// <exception cref="KeyNotFoundException">No such message.</exception>
    public SlackEventDelivery BuildMessageEvent(string channelId, string ts)
    {
        var (conversation, message) = Find(channelId, ts);
        var shape = new SlackShapesMapper(Data).Message(message);
        return Deliver(new EventJson("message", message.Subtype, channelId, message.UserId, message.BotId, message.Username, message.Text, message.Ts,
            message.ThreadTs == message.Ts ? null : message.ThreadTs, shape.ParentUserId, message.Ts, SlackShapesMapper.ChannelType(conversation), null, null, null, null));
    }

    /// <summary>An <c>event_callback</c> with a <c>message_changed</c> event for an edited message (<c>message</c> now, <c>previous_message</c> before).</summary>
    /// <param name="channelId">The conversation.</param>
    /// <param name="ts">The message.</param>
    /// <exception cref="KeyNotFoundException">No such message.</exception>
    /// <exception cref="InvalidOperationException">The message was never edited.</exception>
    public SlackEventDelivery BuildMessageChanged(string channelId, string ts)
    {
        var (conversation, message) = Find(channelId, ts);
        if (message.EditedTs is null || message.PreviousText is null) throw new InvalidOperationException($"Message {ts} was not edited; edit it with Data.EditMessage first.");
        var shapes = new SlackShapesMapper(Data);
        var previous = shapes.Message(message with { Text = message.PreviousText, EditedTs = null });
        return Deliver(new EventJson("message", "message_changed", channelId, null, null, null, null, message.EditedTs, null, null, message.EditedTs,
            SlackShapesMapper.ChannelType(conversation), true, null, shapes.Message(message), previous));
    }

    /// <summary>An <c>event_callback</c> with a <c>message_deleted</c> event for a deleted message.</summary>
    /// <param name="channelId">The conversation.</param>
    /// <param name="ts">The message.</param>
    /// <exception cref="KeyNotFoundException">No such message.</exception>
    /// <exception cref="InvalidOperationException">The message is not deleted.</exception>
    public SlackEventDelivery BuildMessageDeleted(string channelId, string ts)
    {
        var (conversation, message) = Find(channelId, ts);
        if (!message.Deleted) throw new InvalidOperationException($"Message {ts} is not deleted; delete it with Data.DeleteMessage first.");
        var eventTs = $"{Data.UnixNow}.999999";
        return Deliver(new EventJson("message", "message_deleted", channelId, null, null, null, null, eventTs, null, null, eventTs,
            SlackShapesMapper.ChannelType(conversation), true, ts, null, new SlackShapesMapper(Data).Message(message with { Deleted = false })));
    }

    /// <inheritdoc />
    protected override void MapRoutes(WebApplication app) => SlackEndpoints.Map(app, Data);

    /// <inheritdoc />
    protected override Task RejectUnauthenticatedAsync(HttpContext context)
        => SlackEndpoints.Error(context.Request.Headers.Authorization.Count == 0 ? "not_authed" : "invalid_auth").ExecuteAsync(context);

    private (SlackConversation Conversation, SlackMessage Message) Find(string channelId, string ts)
    {
        var conversation = Data.GetConversation(channelId) ?? throw new KeyNotFoundException($"No conversation {channelId}.");
        var message = Data.GetMessage(channelId, ts) ?? throw new KeyNotFoundException($"No message {ts} in {channelId}.");
        return (conversation, message);
    }

    private SlackEventDelivery Deliver(EventJson @event)
    {
        var envelope = new EventCallbackJson(VerificationToken, Data.TeamId, AppId, @event, "event_callback", Data.NextEventId(), Data.UnixNow,
            [new AuthorizationJson(null, Data.TeamId, Data.CurrentUser.Id, IsBot: false, IsEnterpriseInstall: false)], IsExtSharedChannel: false,
            $"4-eyJldCI6Im1lc3NhZ2UiLCJ0aWQiOiJ{Data.TeamId}In0");
        return SlackEventDelivery.Signed(JsonSerializer.Serialize(envelope, Json.EventCallbackJson), Data.UnixNow, SigningSecret);
    }
}
