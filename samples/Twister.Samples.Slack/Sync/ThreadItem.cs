using System.Globalization;
using Twister.Samples.Slack.Api;
using Twister.Samples.Slack.Text;

namespace Twister.Samples.Slack.Sync;

/// <summary>
/// Maps a Slack thread (a top-level message and its replies) to one Plot item: the parent is the item's first
/// note, each reply a note replying to it; every note is keyed by its message's ts, so a sync, an event and a
/// written-back reply all land on the same note.
/// </summary>
public static class ThreadItem
{
    /// <summary>The sync provider, and the provider of contacts' Slack accounts.</summary>
    public const string Provider = "slack";

    /// <summary>The longest title: the start of the parent's first line.</summary>
    public const int TitleLength = 50;

    /// <summary>The longest preview.</summary>
    public const int PreviewLength = 280;

    /// <summary>
    /// Whether a message is synced: a person's ordinary message. Bots' messages (the connector's own included,
    /// had it a bot token), joins, leaves and other system messages are not.
    /// </summary>
    /// <param name="message">The message.</param>
    public static bool IsSynced(SlackMessage message) => message is { Subtype: null, BotId: null, User: not null };

    /// <summary>The users whose details the item needs: its authors and everyone its messages mention.</summary>
    /// <param name="messages">The thread's messages.</param>
    public static IEnumerable<string> PeopleOf(IEnumerable<SlackMessage> messages)
        => messages.SelectMany(m => Mrkdwn.MentionedUsers(m.Text ?? "").Prepend(m.User!)).Distinct(StringComparer.Ordinal);

    /// <summary>The item for a thread.</summary>
    /// <param name="channelId">The conversation.</param>
    /// <param name="parent">The thread's top-level message.</param>
    /// <param name="replies">Its synced replies, oldest first.</param>
    /// <param name="people">The members it names (see <see cref="PeopleOf"/>), by id.</param>
    /// <param name="initialSync">Whether this is the channel's first sync: only then are unread/archived set, so a user's choices survive.</param>
    public static NewActivity From(string channelId, SlackMessage parent, IReadOnlyList<SlackMessage> replies, IReadOnlyDictionary<string, SlackPerson> people, bool initialSync)
    {
        var names = people.ToDictionary(p => p.Key, p => p.Value.Name, StringComparer.Ordinal);
        var text = Mrkdwn.ToText(parent.Text ?? "", names);
        var title = Mrkdwn.FirstLine(text, TitleLength);
        return new NewActivity
        {
            Source = SourceOf(channelId, parent.Ts),
            Type = ActivityType.Note,
            Title = title.Length > 0 ? title : "Slack message",
            Author = Contact(parent.User!, people),
            Created = TimeOf(parent.Ts),
            Updated = TimeOf(LastChange(parent, replies)),
            Preview = text.Length <= PreviewLength ? text : string.Concat(text.AsSpan(0, PreviewLength - 1).TrimEnd(), "…"),
            SourceUrl = UrlOf(channelId, parent.Ts),
            Meta = MetaOf(channelId, parent.Ts),
            Notes = [Note(parent, replyTo: null, people, names), .. replies.Select(r => Note(r, parent.Ts, people, names))],
            Unread = initialSync ? false : null,
            Archived = initialSync ? false : null,
        };
    }

    /// <summary>
    /// The note content of a message: its mrkdwn converted to Markdown. A written-back reply returns this as
    /// its external content, so it equals what the next sync brings for the same message.
    /// </summary>
    /// <param name="message">The message.</param>
    /// <param name="names">Display names by user id.</param>
    public static string ContentOf(SlackMessage message, IReadOnlyDictionary<string, string> names) => Mrkdwn.ToMarkdown(message.Text ?? "", names);

    /// <summary>The item source: the conversation and the parent's ts, both immutable (never the permalink).</summary>
    /// <param name="channelId">The conversation.</param>
    /// <param name="threadTs">The parent's ts.</param>
    public static string SourceOf(string channelId, string threadTs) => $"slack:thread:{channelId}:{threadTs}";

    /// <summary>The meta write-back needs to post into the thread, and the platform to find the channel's items.</summary>
    /// <param name="channelId">The conversation.</param>
    /// <param name="threadTs">The parent's ts.</param>
    public static ActivityMeta MetaOf(string channelId, string threadTs)
        => new() { SyncProvider = Provider, ChannelId = channelId, ExternalId = threadTs };

    /// <summary>Where a person opens the thread in Slack.</summary>
    /// <param name="channelId">The conversation.</param>
    /// <param name="ts">The message.</param>
    public static string UrlOf(string channelId, string ts)
        => $"https://slack.com/app_redirect?channel={Uri.EscapeDataString(channelId)}&message_ts={Uri.EscapeDataString(ts)}";

    /// <summary>A message ts (Unix seconds, then a per-second sequence) as a time, to the millisecond as Plot keeps times.</summary>
    /// <param name="ts">The ts.</param>
    public static DateTimeOffset TimeOf(string ts)
        => DateTimeOffset.FromUnixTimeMilliseconds((long)(decimal.Parse(ts, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture) * 1000));

    private static NewNote Note(SlackMessage message, string? replyTo, IReadOnlyDictionary<string, SlackPerson> people, IReadOnlyDictionary<string, string> names) => new()
    {
        Key = message.Ts,
        Content = ContentOf(message, names),
        ContentType = ContentType.Markdown,
        Author = Contact(message.User!, people),
        Created = TimeOf(message.Ts),
        ReplyTo = replyTo,
        Mentions = Mrkdwn.MentionedUsers(message.Text ?? "") is { Count: > 0 } mentioned ? [.. mentioned.Select(id => Contact(id, people))] : null,
    };

    private static NewContact Contact(string userId, IReadOnlyDictionary<string, SlackPerson> people)
        => (people.GetValueOrDefault(userId) ?? SlackPerson.Unknown(userId, default)).ToContact();

    private static string LastChange(SlackMessage parent, IReadOnlyList<SlackMessage> replies)
        => replies.Append(parent).SelectMany(m => new[] { m.Ts, m.Edited?.Ts }).OfType<string>()
            .MaxBy(ts => decimal.Parse(ts, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture))!;
}
