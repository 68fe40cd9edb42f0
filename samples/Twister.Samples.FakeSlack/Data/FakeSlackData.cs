using System.Globalization;
using System.Text;
using Twister.Samples.FakeSlack.Model;
using Twister.Samples.FakeServices;

namespace Twister.Samples.FakeSlack.Data;

/// <summary>
/// The fake Slack workspace as one user (<see cref="CurrentUser"/>, the token's owner) sees it: members,
/// conversations, messages and threads, plus the rate-limit switch and per-method call counts.
/// Deterministic: the same seed gives the same ids, texts and timestamps; every new message advances a
/// private clock by one minute. The edit methods are what the workspace's people do. Thread-safe.
/// </summary>
public sealed partial class FakeSlackData
{
    private readonly object _gate = new();
    private readonly List<SlackUser> _users = [];
    private readonly List<SlackConversation> _conversations = [];
    private readonly SortedDictionary<(string Channel, string Ts), SlackMessage> _messages = [];
    private readonly Dictionary<string, int> _calls = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (RateLimitRule Rule, int CallsSinceArmed)> _limits = new(StringComparer.Ordinal);
    private readonly int _seed;
    private DateTimeOffset _clock = new(2025, 3, 3, 9, 0, 0, TimeSpan.Zero);
    private int _tsCounter;
    private int _eventCounter;

    private FakeSlackData(int seed)
    {
        _seed = seed;
        TeamId = StableIds.Upper(seed, "team", "T", 8);
        BotId = StableIds.Upper(seed, "bot/deploy", "B", 10);
    }

    /// <summary>The workspace id.</summary>
    public string TeamId { get; }

    /// <summary>The id of the seeded bot (<c>deploybot</c>) that posts <c>bot_message</c>s.</summary>
    public string BotId { get; }

    /// <summary>The token's owner; messages posted through the API are theirs.</summary>
    public SlackUser CurrentUser => Users[0];

    /// <summary>The members, people first.</summary>
    public IReadOnlyList<SlackUser> Users
    {
        get { lock (_gate) return [.. _users]; }
    }

    /// <summary>Every conversation.</summary>
    public IReadOnlyList<SlackConversation> Conversations
    {
        get { lock (_gate) return [.. _conversations]; }
    }

    /// <summary>The user, or <see langword="null"/>.</summary>
    /// <param name="userId">The user id.</param>
    public SlackUser? GetUser(string userId)
    {
        lock (_gate) return _users.FirstOrDefault(u => u.Id == userId);
    }

    /// <summary>The conversation, or <see langword="null"/>.</summary>
    /// <param name="channelId">The conversation id.</param>
    public SlackConversation? GetConversation(string channelId)
    {
        lock (_gate) return _conversations.FirstOrDefault(c => c.Id == channelId);
    }

    /// <summary>The conversation named <paramref name="name"/> (without <c>#</c>).</summary>
    /// <param name="name">The name.</param>
    /// <exception cref="KeyNotFoundException">No such conversation.</exception>
    public SlackConversation Channel(string name)
    {
        lock (_gate) return _conversations.FirstOrDefault(c => c.Name == name) ?? throw new KeyNotFoundException($"No conversation #{name}.");
    }

    /// <summary>A message (deleted ones too), or <see langword="null"/>.</summary>
    /// <param name="channelId">The conversation.</param>
    /// <param name="ts">The message ts.</param>
    public SlackMessage? GetMessage(string channelId, string ts)
    {
        lock (_gate) return _messages.GetValueOrDefault((channelId, ts));
    }

    /// <summary>A conversation's live messages (replies included), oldest first.</summary>
    /// <param name="channelId">The conversation.</param>
    public IReadOnlyList<SlackMessage> GetMessages(string channelId)
    {
        lock (_gate) return [.. _messages.Values.Where(m => m.ChannelId == channelId && !m.Deleted)];
    }

    /// <summary>The replies of a thread, oldest first (not the parent).</summary>
    /// <param name="channelId">The conversation.</param>
    /// <param name="threadTs">The parent's ts.</param>
    public IReadOnlyList<SlackMessage> GetReplies(string channelId, string threadTs)
    {
        lock (_gate) return RepliesLocked(channelId, threadTs);
    }

    /// <summary>
    /// A page of <c>conversations.history</c>: top-level messages (no replies), newest first, between the
    /// exclusive bounds <paramref name="oldest"/> and <paramref name="latest"/> (inclusive when asked).
    /// </summary>
    /// <param name="channelId">The conversation.</param>
    /// <param name="cursor">The previous page's cursor.</param>
    /// <param name="limit">The page size (1..999).</param>
    /// <param name="oldest">Only messages after this ts.</param>
    /// <param name="latest">Only messages before this ts.</param>
    /// <param name="inclusive">Whether the bounds themselves are included.</param>
    /// <exception cref="SlackApiException"><c>channel_not_found</c>, <c>not_in_channel</c>, <c>invalid_cursor</c>.</exception>
    public MessagePage History(string channelId, string? cursor = null, int limit = 100, string? oldest = null, string? latest = null, bool inclusive = false)
    {
        lock (_gate)
        {
            ReadableLocked(channelId);
            var before = cursor is null ? null : ReadCursor(cursor);
            var messages = _messages.Values
                .Where(m => m.ChannelId == channelId && !m.Deleted && (m.ThreadTs is null || m.ThreadTs == m.Ts))
                .Where(m => oldest is null || Compare(m.Ts, oldest) > 0 || inclusive && m.Ts == oldest)
                .Where(m => latest is null || Compare(m.Ts, latest) < 0 || inclusive && m.Ts == latest)
                .Where(m => before is null || Compare(m.Ts, before) < 0)
                .OrderByDescending(m => m.Ts, StringComparer.Ordinal)
                .ToList();
            var page = messages.Take(Math.Clamp(limit, 1, 999)).ToList();
            return new MessagePage(page, messages.Count > page.Count ? Cursor(page[^1].Ts) : null);
        }
    }

    /// <summary>
    /// A page of <c>conversations.replies</c>: the thread's parent first (on every page), then replies oldest
    /// first. <paramref name="ts"/> may name the parent or any reply; a message without replies is a thread of one.
    /// </summary>
    /// <param name="channelId">The conversation.</param>
    /// <param name="ts">A message of the thread.</param>
    /// <param name="cursor">The previous page's cursor.</param>
    /// <param name="limit">How many replies a page holds (1..1000).</param>
    /// <exception cref="SlackApiException"><c>channel_not_found</c>, <c>not_in_channel</c>, <c>thread_not_found</c>, <c>invalid_cursor</c>.</exception>
    public MessagePage Replies(string channelId, string ts, string? cursor = null, int limit = 1000)
    {
        lock (_gate)
        {
            ReadableLocked(channelId);
            if (!_messages.TryGetValue((channelId, ts), out var message) || message.Deleted) throw new SlackApiException("thread_not_found");
            var parent = _messages[(channelId, message.ThreadTs ?? message.Ts)];
            var from = cursor is null ? null : ReadCursor(cursor);
            var replies = RepliesLocked(channelId, parent.Ts).Where(r => from is null || Compare(r.Ts, from) >= 0).ToList();
            var page = replies.Take(Math.Clamp(limit, 1, 1000)).ToList();
            return new MessagePage([parent, .. page], replies.Count > page.Count ? Cursor(replies[page.Count].Ts) : null);
        }
    }

    /// <summary>Posts a message as a person (what a workspace member types; the API posts as <see cref="CurrentUser"/>).</summary>
    /// <param name="channelId">The conversation.</param>
    /// <param name="userId">The author.</param>
    /// <param name="text">The mrkdwn text.</param>
    /// <param name="threadTs">The thread to reply in.</param>
    /// <exception cref="SlackApiException"><c>channel_not_found</c>, <c>not_in_channel</c>, <c>is_archived</c>, <c>no_text</c>, <c>thread_not_found</c>.</exception>
    public SlackMessage PostMessage(string channelId, string userId, string text, string? threadTs = null)
    {
        lock (_gate) return PostLocked(channelId, text, threadTs, m => m with { UserId = userId });
    }

    /// <summary>Posts a <c>bot_message</c> from the seeded bot (what a connector's loop guard must recognise).</summary>
    /// <param name="channelId">The conversation.</param>
    /// <param name="text">The text.</param>
    /// <param name="threadTs">The thread to reply in.</param>
    public SlackMessage PostBotMessage(string channelId, string text, string? threadTs = null)
    {
        lock (_gate) return PostLocked(channelId, text, threadTs, m => m with { BotId = BotId, Username = "deploybot", Subtype = "bot_message" });
    }

    /// <summary>Edits a message's text (its previous text is kept for <c>message_changed</c>).</summary>
    /// <param name="channelId">The conversation.</param>
    /// <param name="ts">The message.</param>
    /// <param name="text">The new text.</param>
    /// <exception cref="SlackApiException"><c>message_not_found</c>, <c>no_text</c>.</exception>
    public SlackMessage EditMessage(string channelId, string ts, string text)
    {
        if (string.IsNullOrEmpty(text)) throw new SlackApiException("no_text");
        lock (_gate)
        {
            var message = LiveLocked(channelId, ts);
            return _messages[(channelId, ts)] = message with { Text = text, PreviousText = message.Text, EditedTs = NextTs() };
        }
    }

    /// <summary>Deletes a message (kept, marked deleted, for <c>message_deleted</c>).</summary>
    /// <param name="channelId">The conversation.</param>
    /// <param name="ts">The message.</param>
    /// <exception cref="SlackApiException"><c>message_not_found</c>.</exception>
    public SlackMessage DeleteMessage(string channelId, string ts)
    {
        lock (_gate) return _messages[(channelId, ts)] = LiveLocked(channelId, ts) with { Deleted = true };
    }

    /// <summary>Adds or removes a user's reaction.</summary>
    /// <param name="channelId">The conversation.</param>
    /// <param name="ts">The message.</param>
    /// <param name="name">The emoji name.</param>
    /// <param name="userId">Who reacts.</param>
    /// <param name="add">Whether to add (else remove).</param>
    /// <exception cref="SlackApiException"><c>message_not_found</c>, <c>already_reacted</c>, <c>no_reaction</c>.</exception>
    public SlackMessage React(string channelId, string ts, string name, string userId, bool add)
    {
        lock (_gate)
        {
            var message = LiveLocked(channelId, ts);
            var users = message.Reactions.FirstOrDefault(r => r.Name == name)?.Users ?? [];
            if (add == users.Contains(userId)) throw new SlackApiException(add ? "already_reacted" : "no_reaction");
            IReadOnlyList<string> now = add ? [.. users, userId] : [.. users.Where(u => u != userId)];
            var reactions = message.Reactions.ToList();
            var index = reactions.FindIndex(r => r.Name == name);
            if (index < 0) reactions.Add(new SlackReaction(name, now));
            else if (now.Count == 0) reactions.RemoveAt(index);
            else reactions[index] = new SlackReaction(name, now);
            return _messages[(channelId, ts)] = message with { Reactions = reactions };
        }
    }

    /// <summary>Moves the user's read cursor of a conversation (<c>conversations.mark</c>).</summary>
    /// <param name="channelId">The conversation.</param>
    /// <param name="ts">The last read message.</param>
    public void MarkRead(string channelId, string ts)
    {
        lock (_gate)
        {
            var index = _conversations.FindIndex(c => c.Id == channelId);
            if (index < 0) throw new SlackApiException("channel_not_found");
            _conversations[index] = _conversations[index] with { LastRead = ts };
        }
    }

    /// <summary>
    /// Arms a rate limit: the <paramref name="onCall"/>-th call of <paramref name="method"/> from now answers
    /// HTTP 429 with <c>Retry-After: <paramref name="retryAfterSeconds"/></c> (and every <paramref name="onCall"/>-th
    /// after it when <paramref name="repeat"/>); the other calls succeed. Arming again replaces the rule.
    /// </summary>
    /// <param name="method">The Web API method, for example <c>conversations.history</c>.</param>
    /// <param name="onCall">Which call is limited (1 = the next).</param>
    /// <param name="retryAfterSeconds">The <c>Retry-After</c> value.</param>
    /// <param name="repeat">Whether the limit recurs.</param>
    public void LimitRate(string method, int onCall, int retryAfterSeconds, bool repeat = false)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(onCall, 1);
        ArgumentOutOfRangeException.ThrowIfNegative(retryAfterSeconds);
        lock (_gate) _limits[method] = (new RateLimitRule(method, onCall, retryAfterSeconds, repeat), 0);
    }

    /// <summary>How many calls of <paramref name="method"/> the API received (limited ones included).</summary>
    /// <param name="method">The Web API method.</param>
    public int CallCount(string method)
    {
        lock (_gate) return _calls.GetValueOrDefault(method);
    }

    /// <summary>Counts a call and says whether it is rate limited.</summary>
    /// <returns>The <c>Retry-After</c> seconds when limited, else <see langword="null"/>.</returns>
    internal int? CountCall(string method)
    {
        lock (_gate)
        {
            _calls[method] = _calls.GetValueOrDefault(method) + 1;
            if (!_limits.TryGetValue(method, out var limit)) return null;
            var calls = limit.CallsSinceArmed + 1;
            _limits[method] = (limit.Rule, calls);
            var limited = limit.Rule.Repeat ? calls % limit.Rule.OnCall == 0 : calls == limit.Rule.OnCall;
            if (!limit.Rule.Repeat && calls >= limit.Rule.OnCall) _limits.Remove(method);
            return limited ? limit.Rule.RetryAfterSeconds : null;
        }
    }

    /// <summary>The next Events API event id (<c>Ev...</c>).</summary>
    internal string NextEventId()
    {
        lock (_gate) return StableIds.Upper(_seed, $"event/{++_eventCounter}", "Ev", 10);
    }

    /// <summary>The clock's time in Unix seconds (for event times).</summary>
    internal long UnixNow
    {
        get { lock (_gate) return _clock.ToUnixTimeSeconds(); }
    }

    /// <summary>Orders two ts values numerically.</summary>
    /// <param name="a">A ts.</param>
    /// <param name="b">Another ts.</param>
    public static int Compare(string a, string b)
        => decimal.Parse(a, CultureInfo.InvariantCulture).CompareTo(decimal.Parse(b, CultureInfo.InvariantCulture));

    private SlackMessage PostLocked(string channelId, string text, string? threadTs, Func<SlackMessage, SlackMessage> author)
    {
        var conversation = ReadableLocked(channelId);
        if (conversation.IsArchived) throw new SlackApiException("is_archived");
        if (string.IsNullOrEmpty(text)) throw new SlackApiException("no_text");
        if (threadTs is not null)
        {
            if (!_messages.TryGetValue((channelId, threadTs), out var parent) || parent.Deleted) throw new SlackApiException("thread_not_found");
            threadTs = parent.ThreadTs ?? parent.Ts;
            _messages[(channelId, threadTs)] = _messages[(channelId, threadTs)] with { ThreadTs = threadTs };
        }
        var message = author(new SlackMessage(channelId, NextTs(), null, null, null, null, text, threadTs, [], null, null, false));
        _messages[(channelId, message.Ts)] = message;
        return message;
    }

    private SlackConversation ReadableLocked(string channelId)
    {
        var conversation = _conversations.FirstOrDefault(c => c.Id == channelId) ?? throw new SlackApiException("channel_not_found");
        return conversation.IsMember ? conversation : throw new SlackApiException("not_in_channel");
    }

    private SlackMessage LiveLocked(string channelId, string ts)
        => _messages.TryGetValue((channelId, ts), out var m) && !m.Deleted ? m : throw new SlackApiException("message_not_found");

    private List<SlackMessage> RepliesLocked(string channelId, string threadTs)
        => [.. _messages.Values.Where(m => m.ChannelId == channelId && !m.Deleted && m.ThreadTs == threadTs && m.Ts != threadTs).OrderBy(m => m.Ts, StringComparer.Ordinal)];

    private string NextTs()
    {
        _clock = _clock.AddMinutes(1);
        return $"{_clock.ToUnixTimeSeconds()}.{++_tsCounter:D6}";
    }

    private static string Cursor(string ts) => Convert.ToBase64String(Encoding.UTF8.GetBytes($"next_ts:{ts}"));

    private static string ReadCursor(string cursor)
    {
        try
        {
            var text = Encoding.UTF8.GetString(Convert.FromBase64String(cursor));
            return text.StartsWith("next_ts:", StringComparison.Ordinal) && decimal.TryParse(text[8..], NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out _)
                ? text[8..]
                : throw new SlackApiException("invalid_cursor");
        }
        catch (FormatException)
        {
            throw new SlackApiException("invalid_cursor");
        }
    }
}
