using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Twister.Samples.FakeSlack.Data;

namespace Twister.Samples.FakeSlack.Tests;

public sealed class FakeSlackServiceTests : IAsyncLifetime
{
    private readonly FakeSlackService _service = new(FakeSlackData.Seed(fillerMessages: 12));
    private readonly HttpClient _client = new();

    public async Task InitializeAsync()
    {
        await _service.StartAsync();
        _client.BaseAddress = new Uri(_service.BaseAddress, "api/");
        _client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", _service.Token);
    }

    public async Task DisposeAsync()
    {
        _client.Dispose();
        await _service.DisposeAsync();
    }

    [Fact]
    public async Task Auth_and_logical_errors_are_http_200_with_ok_false()
    {
        using var anonymous = new HttpClient { BaseAddress = _client.BaseAddress };
        using var notAuthed = await anonymous.PostAsync("auth.test", null);
        anonymous.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", "xoxp-wrong");
        using var invalidAuth = await anonymous.PostAsync("auth.test", null);

        var missing = await CallAsync("conversations.replies", ("channel", _service.Data.Channel("general").Id));
        var unknownChannel = await CallAsync("conversations.history", ("channel", "C000NOPE"));
        var unknownMethod = await CallAsync("conversations.teleport");
        var me = await CallAsync("auth.test");

        Assert.Equal(HttpStatusCode.OK, notAuthed.StatusCode);
        Assert.Equal("not_authed", (await notAuthed.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("error").GetString());
        Assert.Equal("invalid_auth", (await invalidAuth.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("error").GetString());
        Assert.False(missing.GetProperty("ok").GetBoolean());
        Assert.Equal("invalid_arguments", missing.GetProperty("error").GetString());
        Assert.Contains("ts", missing.GetProperty("response_metadata").GetProperty("messages")[0].GetString(), StringComparison.Ordinal);
        Assert.Equal("channel_not_found", unknownChannel.GetProperty("error").GetString());
        Assert.Equal("unknown_method", unknownMethod.GetProperty("error").GetString());
        Assert.Equal(_service.Data.CurrentUser.Id, me.GetProperty("user_id").GetString());
    }

    [Fact]
    public async Task Conversations_list_filters_types_and_archived_and_pages_by_cursor()
    {
        var seen = new List<JsonElement>();
        var cursor = "";
        do
        {
            var page = await CallAsync("conversations.list", ("types", "public_channel,private_channel"), ("exclude_archived", "true"), ("limit", "2"), ("cursor", cursor));
            seen.AddRange(page.GetProperty("channels").EnumerateArray());
            cursor = page.GetProperty("response_metadata").GetProperty("next_cursor").GetString()!;
        }
        while (cursor.Length > 0);
        var dms = await CallAsync("conversations.list", ("types", "im,mpim"));
        var info = await CallAsync("conversations.info", ("channel", _service.Data.Channel("general").Id));

        Assert.Equal(["engineering", "general", "ops-private", "sales"], seen.Select(c => c.GetProperty("name").GetString()).Order());
        Assert.False(seen.Single(c => c.GetProperty("name").GetString() == "sales").GetProperty("is_member").GetBoolean());
        Assert.True(seen.Single(c => c.GetProperty("name").GetString() == "ops-private").GetProperty("is_private").GetBoolean());
        var im = dms.GetProperty("channels").EnumerateArray().Single(c => c.GetProperty("is_im").GetBoolean());
        Assert.Equal(_service.Data.Users[1].Id, im.GetProperty("user").GetString());
        Assert.Single(dms.GetProperty("channels").EnumerateArray(), c => c.GetProperty("is_mpim").GetBoolean());
        Assert.Matches(@"^\d{10}\.\d{6}$", info.GetProperty("channel").GetProperty("last_read").GetString()!);
    }

    [Fact]
    public async Task History_and_replies_page_with_next_cursor_and_thread_parents_carry_reply_counts()
    {
        var engineering = _service.Data.Channel("engineering").Id;
        var count = 0;
        var cursor = "";
        var pages = 0;
        do
        {
            var page = await CallAsync("conversations.history", ("channel", engineering), ("limit", "5"), ("cursor", cursor));
            count += page.GetProperty("messages").GetArrayLength();
            cursor = page.GetProperty("response_metadata").GetProperty("next_cursor").GetString()!;
            Assert.Equal(cursor.Length > 0, page.GetProperty("has_more").GetBoolean());
            pages++;
        }
        while (cursor.Length > 0);
        var general = _service.Data.Channel("general").Id;
        var history = (await CallAsync("conversations.history", ("channel", general))).GetProperty("messages").EnumerateArray().ToList();
        var parent = history.Single(m => m.TryGetProperty("reply_count", out var n) && n.GetInt32() > 0);
        var thread = (await CallAsync("conversations.replies", ("channel", general), ("ts", parent.GetProperty("ts").GetString()!))).GetProperty("messages");

        Assert.Equal(12, count);
        Assert.Equal(3, pages);
        Assert.Equal(2, parent.GetProperty("reply_count").GetInt32());
        Assert.Equal(parent.GetProperty("ts").GetString(), parent.GetProperty("thread_ts").GetString());
        Assert.Equal(2, parent.GetProperty("reply_users").GetArrayLength());
        Assert.Equal(thread[2].GetProperty("ts").GetString(), parent.GetProperty("latest_reply").GetString());
        Assert.True(thread[0].GetProperty("subscribed").GetBoolean());
        Assert.Equal(thread[1].GetProperty("ts").GetString(), thread[0].GetProperty("last_read").GetString());
        Assert.Equal(parent.GetProperty("user").GetString(), thread[1].GetProperty("parent_user_id").GetString());
        Assert.Equal("tada", thread[2].GetProperty("reactions")[0].GetProperty("name").GetString());
        Assert.Equal(2, thread[2].GetProperty("reactions")[0].GetProperty("count").GetInt32());
        var bot = history.Single(m => m.TryGetProperty("bot_id", out _));
        Assert.Equal("bot_message", bot.GetProperty("subtype").GetString());
        Assert.False(bot.TryGetProperty("user", out _));
    }

    [Fact]
    public async Task Users_come_with_names_emails_and_avatars()
    {
        var grace = _service.Data.Users[1];
        var info = await CallAsync("users.info", ("user", grace.Id));
        var list = await CallAsync("users.list", ("limit", "3"));
        var next = await CallAsync("users.list", ("limit", "3"), ("cursor", list.GetProperty("response_metadata").GetProperty("next_cursor").GetString()!));
        var missing = await CallAsync("users.info", ("user", "U000000000"));

        var profile = info.GetProperty("user").GetProperty("profile");
        Assert.Equal("grace", info.GetProperty("user").GetProperty("name").GetString());
        Assert.Equal("Grace Hopper", profile.GetProperty("real_name").GetString());
        Assert.Equal("grace@example.com", profile.GetProperty("email").GetString());
        Assert.StartsWith("https://", profile.GetProperty("image_72").GetString(), StringComparison.Ordinal);
        Assert.Equal(3, list.GetProperty("members").GetArrayLength());
        Assert.Equal(2, next.GetProperty("members").GetArrayLength());
        Assert.Equal("", next.GetProperty("response_metadata").GetProperty("next_cursor").GetString());
        Assert.True(next.GetProperty("members")[1].GetProperty("is_bot").GetBoolean());
        Assert.Equal("user_not_found", missing.GetProperty("error").GetString());
    }

    [Fact]
    public async Task Chat_posts_replies_edits_own_messages_and_reacts_like_the_connector_does()
    {
        var general = _service.Data.Channel("general").Id;
        var lonely = _service.Data.GetMessages(general)[1].Ts;

        var posted = await CallAsync("chat.postMessage", ("channel", general), ("text", "From *Plot*"), ("thread_ts", lonely));
        var ts = posted.GetProperty("ts").GetString()!;
        var updated = await CallAsync("chat.update", ("channel", general), ("ts", ts), ("text", "From Plot, edited"));
        var notMine = await CallAsync("chat.update", ("channel", general), ("ts", lonely), ("text", "hijack"));
        var reacted = await CallAsync("reactions.add", ("channel", general), ("timestamp", ts), ("name", "eyes"));
        var twice = await CallAsync("reactions.add", ("channel", general), ("timestamp", ts), ("name", "eyes"));
        var noText = await CallAsync("chat.postMessage", ("channel", general));
        using var json = await _client.PostAsJsonAsync("chat.postMessage", new { channel = general, text = "As JSON" });

        Assert.True(posted.GetProperty("ok").GetBoolean());
        Assert.Equal(lonely, posted.GetProperty("message").GetProperty("thread_ts").GetString());
        Assert.Equal(_service.Data.CurrentUser.Id, posted.GetProperty("message").GetProperty("user").GetString());
        Assert.Equal("From Plot, edited", updated.GetProperty("text").GetString());
        Assert.Equal("cant_update_message", notMine.GetProperty("error").GetString());
        Assert.True(reacted.GetProperty("ok").GetBoolean());
        Assert.Equal("already_reacted", twice.GetProperty("error").GetString());
        Assert.Equal("no_text", noText.GetProperty("error").GetString());
        Assert.True((await json.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("ok").GetBoolean());
        Assert.Equal([ts], _service.Data.GetReplies(general, lonely).Select(r => r.Ts));
    }

    [Fact]
    public async Task An_armed_rate_limit_answers_429_with_retry_after_then_the_next_call_succeeds()
    {
        var engineering = _service.Data.Channel("engineering").Id;
        _service.Data.LimitRate("conversations.history", onCall: 2, retryAfterSeconds: 3);

        using var first = await PostFormAsync("conversations.history", ("channel", engineering));
        using var limited = await PostFormAsync("conversations.history", ("channel", engineering));
        using var after = await PostFormAsync("conversations.history", ("channel", engineering));

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, limited.StatusCode);
        Assert.Equal(TimeSpan.FromSeconds(3), limited.Headers.RetryAfter!.Delta);
        Assert.Equal("ratelimited", (await limited.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("error").GetString());
        Assert.Equal(HttpStatusCode.OK, after.StatusCode);
        Assert.True((await after.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("ok").GetBoolean());
        Assert.Equal(3, _service.Data.CallCount("conversations.history"));
    }

    [Fact]
    public void Event_deliveries_are_signed_envelopes_and_a_retry_repeats_the_same_body()
    {
        var data = _service.Data;
        var general = data.Channel("general").Id;
        var parent = data.GetMessages(general).Single(m => m.ThreadTs == m.Ts);
        var reply = data.PostMessage(general, data.Users[2].Id, $"<@{data.CurrentUser.Id}> can you look?", parent.Ts);
        var bot = data.PostBotMessage(general, "Deployed v1.2.4");

        var verification = _service.BuildUrlVerification("challenge-123");
        var delivery = _service.BuildMessageEvent(general, reply.Ts);
        var retry = delivery.Retry(1);
        var botEvent = _service.BuildMessageEvent(general, bot.Ts);
        data.EditMessage(general, reply.Ts, "never mind");
        var changed = _service.BuildMessageChanged(general, reply.Ts);
        data.DeleteMessage(general, reply.Ts);
        var deleted = _service.BuildMessageDeleted(general, reply.Ts);

        using var challenge = JsonDocument.Parse(verification.Body);
        Assert.Equal("url_verification", challenge.RootElement.GetProperty("type").GetString());
        Assert.Equal("challenge-123", challenge.RootElement.GetProperty("challenge").GetString());
        using var envelope = JsonDocument.Parse(delivery.Body);
        var root = envelope.RootElement;
        Assert.Equal("event_callback", root.GetProperty("type").GetString());
        Assert.StartsWith("Ev", root.GetProperty("event_id").GetString(), StringComparison.Ordinal);
        Assert.Equal(data.TeamId, root.GetProperty("team_id").GetString());
        var message = root.GetProperty("event");
        Assert.Equal("message", message.GetProperty("type").GetString());
        Assert.False(message.TryGetProperty("subtype", out _));
        Assert.Equal(parent.Ts, message.GetProperty("thread_ts").GetString());
        Assert.Equal("channel", message.GetProperty("channel_type").GetString());
        Assert.Equal(SlackEventDelivery.Signature(delivery.Body, delivery.Headers["X-Slack-Request-Timestamp"], FakeSlackService.SigningSecret), delivery.Headers["X-Slack-Signature"]);
        Assert.Equal(delivery.Body, retry.Body);
        Assert.Equal("1", retry.Headers["X-Slack-Retry-Num"]);
        Assert.Equal("http_timeout", retry.Headers["X-Slack-Retry-Reason"]);
        Assert.False(delivery.Headers.ContainsKey("X-Slack-Retry-Num"));
        using var botDoc = JsonDocument.Parse(botEvent.Body);
        Assert.Equal(data.BotId, botDoc.RootElement.GetProperty("event").GetProperty("bot_id").GetString());
        Assert.Equal("bot_message", botDoc.RootElement.GetProperty("event").GetProperty("subtype").GetString());
        Assert.NotEqual(root.GetProperty("event_id").GetString(), botDoc.RootElement.GetProperty("event_id").GetString());
        using var changedDoc = JsonDocument.Parse(changed.Body);
        var changedEvent = changedDoc.RootElement.GetProperty("event");
        Assert.Equal("message_changed", changedEvent.GetProperty("subtype").GetString());
        Assert.Equal("never mind", changedEvent.GetProperty("message").GetProperty("text").GetString());
        Assert.StartsWith("<@", changedEvent.GetProperty("previous_message").GetProperty("text").GetString(), StringComparison.Ordinal);
        using var deletedDoc = JsonDocument.Parse(deleted.Body);
        Assert.Equal("message_deleted", deletedDoc.RootElement.GetProperty("event").GetProperty("subtype").GetString());
        Assert.Equal(reply.Ts, deletedDoc.RootElement.GetProperty("event").GetProperty("deleted_ts").GetString());
        using var request = retry.ToRequest(new Uri("http://127.0.0.1/webhook"));
        Assert.Equal("1", request.Headers.GetValues("X-Slack-Retry-Num").Single());
    }

    private async Task<JsonElement> CallAsync(string method, params (string Name, string Value)[] args)
    {
        using var response = await PostFormAsync(method, args);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    private Task<HttpResponseMessage> PostFormAsync(string method, params (string Name, string Value)[] args)
        => _client.PostAsync(method, new FormUrlEncodedContent(args.Select(a => KeyValuePair.Create(a.Name, a.Value))));
}
