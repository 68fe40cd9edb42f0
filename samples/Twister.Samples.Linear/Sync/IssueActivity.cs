using Twister.Samples.Linear.Api;

namespace Twister.Samples.Linear.Sync;

/// <summary>Maps Linear issues to Plot activities, following the seed's rules.</summary>
public static class IssueActivity
{
    private const string CommentPrefix = "comment-";

    /// <summary>The activity for <paramref name="issue"/>.</summary>
    /// <param name="issue">The issue.</param>
    /// <param name="channelId">The team it was synced from.</param>
    /// <param name="initialSync">Whether this is the channel's first sync: only then are unread/archived set, so a user's choices survive later syncs.</param>
    public static NewActivity From(LinearIssue issue, string channelId, bool initialSync) => new()
    {
        Source = SourceOf(issue),
        Type = ActivityType.Action,
        Title = $"{issue.Identifier}: {issue.Title}",
        Done = issue.CompletedAt,
        Meta = MetaOf(issue, channelId),
        Notes = [DescriptionNote(issue), .. (issue.Comments ?? []).Select(CommentNote)],
        Unread = initialSync ? false : null,
        Archived = initialSync ? false : null,
    };

    private static NewNote DescriptionNote(LinearIssue issue) => new()
    {
        Key = "description",
        // Raw HTML with its content type: the platform converts it, never the connector.
        Content = issue.DescriptionHtml ?? issue.Description,
        ContentType = issue.DescriptionHtml is null ? ContentType.Text : ContentType.Html,
        Links = issue.Url is null ? null : [new Link(LinkKind.External, "Open in Linear", issue.Url)],
    };

    // Keyed like the write-back result, so a comment written from Plot comes back onto its own note
    // (the platform keeps Plot's copy while the comment is unchanged).
    private static NewNote CommentNote(LinearComment comment) => new()
    {
        Key = CommentKey(comment.Id),
        Content = comment.Body,
        ContentType = ContentType.Text,
    };

    /// <summary>The activity source: built from the immutable UUID, never from the identifier that changes when an issue moves team.</summary>
    /// <param name="issue">The issue.</param>
    public static string SourceOf(LinearIssue issue) => SourceOf(issue.Id);

    /// <summary>The activity source of the issue with the immutable id <paramref name="issueId"/>.</summary>
    /// <param name="issueId">The issue's UUID.</param>
    public static string SourceOf(string issueId) => $"linear:issue:{issueId}";

    /// <summary>The meta that lets the platform find every activity of a channel.</summary>
    /// <param name="issue">The issue.</param>
    /// <param name="channelId">The team.</param>
    public static ActivityMeta MetaOf(LinearIssue issue, string channelId)
        => new() { SyncProvider = "linear", ChannelId = channelId, ExternalId = issue.Id };

    /// <summary>The note key of a written-back comment.</summary>
    /// <param name="commentId">The comment id.</param>
    public static string CommentKey(string commentId) => CommentPrefix + commentId;

    /// <summary>The comment id behind a note key, or <see langword="null"/> for another note.</summary>
    /// <param name="noteKey">The note key.</param>
    public static string? CommentIdOf(string? noteKey)
        => noteKey is not null && noteKey.StartsWith(CommentPrefix, StringComparison.Ordinal) ? noteKey[CommentPrefix.Length..] : null;
}
