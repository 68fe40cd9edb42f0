using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Serialization.Metadata;

namespace Twister.Samples.Slack.Api;

/// <summary>
/// A small typed client of the Slack Web API: every call is <c>POST https://slack.com/api/{method}</c> with a
/// form body and the user token, through the connector's <c>Network</c> HTTP client (allowlist and budget).
/// </summary>
/// <remarks>
/// Rate limits: an HTTP 429 (or <c>ok: false</c> with <c>ratelimited</c>) whose <c>Retry-After</c> is at most
/// <see cref="LongestWaitInPlace"/> is waited for once within the execution, then the call is made again; a
/// longer one, or a second limit in a row, throws <see cref="SlackRateLimitedException"/> so that the task
/// reschedules itself. Other <c>ok: false</c> answers throw <see cref="SlackApiException"/>.
/// </remarks>
public sealed class SlackClient
{
    /// <summary>The API's base address, as named in the connector's allowlist.</summary>
    public static readonly Uri BaseAddress = new("https://slack.com/api/");

    /// <summary>The longest <c>Retry-After</c> the client waits for within an execution (as Plot's Slack connector does).</summary>
    public static readonly TimeSpan LongestWaitInPlace = TimeSpan.FromSeconds(2);

    /// <summary>What Slack documents as the wait when a rate-limit answer carries no <c>Retry-After</c>.</summary>
    private static readonly TimeSpan DefaultRetryAfter = TimeSpan.FromSeconds(60);

    private readonly HttpClient _http;
    private readonly string _token;

    /// <summary>Creates a client that authenticates with <paramref name="token"/>.</summary>
    /// <param name="http">The connector's HTTP client.</param>
    /// <param name="token">The user token (<c>xoxp-…</c>).</param>
    public SlackClient(HttpClient http, string token)
    {
        _http = http;
        _token = token;
    }

    /// <summary>The public and private channels the token can see, every page (<c>conversations.list</c>).</summary>
    /// <param name="ct">Cancels the call.</param>
    public async Task<IReadOnlyList<SlackChannel>> ListChannelsAsync(CancellationToken ct)
    {
        var channels = new List<SlackChannel>();
        string? cursor = null;
        do
        {
            var page = await CallAsync("conversations.list", SlackJsonContext.Default.ConversationsResponse, ct,
                ("types", "public_channel,private_channel"), ("exclude_archived", "true"), ("limit", "200"), ("cursor", cursor)).ConfigureAwait(false);
            channels.AddRange(page.Channels ?? []);
            cursor = NextCursor(page);
        }
        while (cursor is not null);
        return channels;
    }

    /// <summary>One page of a conversation's top-level messages, newest first (<c>conversations.history</c>).</summary>
    /// <param name="channelId">The conversation.</param>
    /// <param name="cursor">The previous page's cursor, or <see langword="null"/> for the first page.</param>
    /// <param name="oldest">Only messages after this ts, if given.</param>
    /// <param name="limit">The page size.</param>
    /// <param name="ct">Cancels the call.</param>
    /// <returns>The messages and the next page's cursor (<see langword="null"/> at the end).</returns>
    public async Task<(IReadOnlyList<SlackMessage> Messages, string? NextCursor)> GetHistoryAsync(string channelId, string? cursor, string? oldest, int limit, CancellationToken ct)
    {
        var page = await CallAsync("conversations.history", SlackJsonContext.Default.MessagesResponse, ct,
            ("channel", channelId), ("cursor", cursor), ("oldest", oldest), ("limit", limit.ToString(System.Globalization.CultureInfo.InvariantCulture))).ConfigureAwait(false);
        return (page.Messages ?? [], NextCursor(page));
    }

    /// <summary>A whole thread, every page (<c>conversations.replies</c>): the parent first, then the replies, oldest first.</summary>
    /// <param name="channelId">The conversation.</param>
    /// <param name="threadTs">The parent's ts (a message without replies is a thread of one).</param>
    /// <param name="ct">Cancels the call.</param>
    /// <exception cref="SlackApiException"><c>thread_not_found</c> when the parent was deleted.</exception>
    public async Task<IReadOnlyList<SlackMessage>> GetThreadAsync(string channelId, string threadTs, CancellationToken ct)
    {
        var thread = new List<SlackMessage>();
        string? cursor = null;
        do
        {
            var page = await CallAsync("conversations.replies", SlackJsonContext.Default.MessagesResponse, ct,
                ("channel", channelId), ("ts", threadTs), ("cursor", cursor), ("limit", "200")).ConfigureAwait(false);
            // Every page repeats the parent first.
            thread.AddRange(thread.Count == 0 ? page.Messages ?? [] : (page.Messages ?? []).Skip(1));
            cursor = NextCursor(page);
        }
        while (cursor is not null);
        return thread;
    }

    /// <summary>A member (<c>users.info</c>), or <see langword="null"/> when Slack does not know the id.</summary>
    /// <param name="userId">The user id.</param>
    /// <param name="ct">Cancels the call.</param>
    public async Task<SlackUser?> GetUserAsync(string userId, CancellationToken ct)
    {
        try
        {
            return (await CallAsync("users.info", SlackJsonContext.Default.UserResponse, ct, ("user", userId)).ConfigureAwait(false)).User;
        }
        catch (SlackApiException e) when (e.Error == "user_not_found")
        {
            return null;
        }
    }

    /// <summary>Posts a message as the token's user (<c>chat.postMessage</c>), in a thread when <paramref name="threadTs"/> is given.</summary>
    /// <param name="channelId">The conversation.</param>
    /// <param name="text">The mrkdwn text.</param>
    /// <param name="threadTs">The thread's parent ts.</param>
    /// <param name="ct">Cancels the call.</param>
    /// <returns>The posted message, as Slack stored it.</returns>
    public async Task<SlackMessage> PostMessageAsync(string channelId, string text, string? threadTs, CancellationToken ct)
        => Posted("chat.postMessage", await CallAsync("chat.postMessage", SlackJsonContext.Default.ChatResponse, ct,
            ("channel", channelId), ("text", text), ("thread_ts", threadTs)).ConfigureAwait(false));

    /// <summary>Changes the text of one of the token user's messages (<c>chat.update</c>).</summary>
    /// <param name="channelId">The conversation.</param>
    /// <param name="ts">The message.</param>
    /// <param name="text">The new mrkdwn text.</param>
    /// <param name="ct">Cancels the call.</param>
    /// <returns>The message, as Slack now stores it.</returns>
    public async Task<SlackMessage> UpdateMessageAsync(string channelId, string ts, string text, CancellationToken ct)
        => Posted("chat.update", await CallAsync("chat.update", SlackJsonContext.Default.ChatResponse, ct,
            ("channel", channelId), ("ts", ts), ("text", text)).ConfigureAwait(false));

    private static SlackMessage Posted(string method, ChatResponse response)
        => response.Message ?? throw new SlackApiException(method, "no_message_in_answer");

    private static string? NextCursor(ISlackResponse response)
        => response.ResponseMetadata?.NextCursor is { Length: > 0 } next ? next : null;

    private async Task<T> CallAsync<T>(string method, JsonTypeInfo<T> typeInfo, CancellationToken ct, params (string Name, string? Value)[] arguments)
        where T : ISlackResponse
    {
        for (var attempt = 1; ; attempt++)
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(BaseAddress, method))
            {
                Content = new FormUrlEncodedContent(arguments.Where(a => a.Value is not null).Select(a => KeyValuePair.Create(a.Name, a.Value!))),
            };
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", _token);
            using var response = await _http.SendAsync(request, ct).ConfigureAwait(false);
            TimeSpan? limited = response.StatusCode == HttpStatusCode.TooManyRequests ? RetryAfter(response) : null;
            T? body = default;
            if (limited is null)
            {
                response.EnsureSuccessStatusCode();
                body = await response.Content.ReadFromJsonAsync(typeInfo, ct).ConfigureAwait(false)
                       ?? throw new SlackApiException(method, "empty_answer");
                if (body is { Ok: false, Error: "ratelimited" }) limited = RetryAfter(response);
            }
            if (limited is { } wait)
            {
                if (attempt > 1 || wait > LongestWaitInPlace) throw new SlackRateLimitedException(method, wait);
                await Task.Delay(wait, ct).ConfigureAwait(false); // a short window: wait here rather than reschedule
                continue;
            }
            return body!.Ok ? body : throw new SlackApiException(method, body.Error ?? "unknown_error", body.ResponseMetadata?.Messages);
        }
    }

    // Slack sends Retry-After in seconds.
    private static TimeSpan RetryAfter(HttpResponseMessage response) => response.Headers.RetryAfter?.Delta ?? DefaultRetryAfter;
}
