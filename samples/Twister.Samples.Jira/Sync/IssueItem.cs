using Twister.Samples.Jira.Api;

namespace Twister.Samples.Jira.Sync;

/// <summary>Maps Jira issues to Plot items, following the seed's rules and the Plot Jira connector's choices.</summary>
public static class IssueItem
{
    /// <summary>The contact source provider of Atlassian accounts.</summary>
    public const string ContactProvider = "atlassian";

    /// <summary>The key of the description note.</summary>
    public const string DescriptionKey = "description";

    /// <summary>The length of an item's preview.</summary>
    public const int PreviewLength = 200;

    private const string CommentPrefix = "comment-";

    /// <summary>The item for <paramref name="issue"/>.</summary>
    /// <param name="issue">The issue, with its rendered fields.</param>
    /// <param name="comments">All its comments, oldest first.</param>
    /// <param name="site">The site it is on.</param>
    /// <param name="channelId">The project being synced, for an issue whose answer names no project.</param>
    /// <param name="initialSync">Whether this is a backfill: only then are unread/archived set, so a user's choices survive later syncs.</param>
    public static NewActivity From(JiraIssue issue, IReadOnlyList<JiraComment> comments, JiraSite site, string channelId, bool initialSync)
    {
        ArgumentNullException.ThrowIfNull(issue);
        ArgumentNullException.ThrowIfNull(comments);
        ArgumentNullException.ThrowIfNull(site);
        var fields = issue.Fields;
        var url = BrowseUrl(site, issue.Key);
        return new NewActivity
        {
            Source = SourceOf(site.Id, issue.Id),
            Type = ActivityType.Action,
            // The key changes when the issue moves to another project: it is shown, never used as identity.
            Title = $"{issue.Key}: {fields.Summary}",
            LinkType = IssueLinkType.Type,
            Status = fields.Status?.Id,
            Author = ContactOf(fields.Reporter ?? fields.Creator),
            Assignee = fields.Assignee is null ? NewActor.Nobody : ContactOf(fields.Assignee),
            Created = fields.Created,
            Updated = fields.Updated,
            Done = fields.Resolutiondate,
            Preview = fields.Description?.Preview(PreviewLength) ?? "",
            SourceUrl = url,
            Actions = [ItemAction.External("Open in Jira", url)],
            Meta = MetaOf(issue, site, channelId),
            Notes = [DescriptionNote(issue), .. comments.Select(CommentNote)],
            Unread = initialSync ? false : null,
            Archived = initialSync ? false : null,
        };
    }

    /// <summary>The note of a comment: its text, by its author, keyed like the write-back result.</summary>
    /// <param name="comment">The comment.</param>
    public static NewNote CommentNote(JiraComment comment)
    {
        ArgumentNullException.ThrowIfNull(comment);
        return new NewNote
        {
            Key = CommentKey(comment.Id),
            Content = CommentText(comment),
            ContentType = ContentType.Text,
            Author = ContactOf(comment.Author),
            Created = comment.Created,
        };
    }

    /// <summary>
    /// What a comment's note says: the plain text of its blocks. Write-back returns this same text of the
    /// comment Jira stored, so the note's sync baseline matches what the next sync brings.
    /// </summary>
    /// <param name="comment">The comment.</param>
    public static string CommentText(JiraComment comment) => comment?.Body?.ToText() ?? "";

    /// <summary>The item source: the site and the issue's immutable id, never its key.</summary>
    /// <param name="cloudId">The site's cloud id.</param>
    /// <param name="issueId">The issue's id.</param>
    public static string SourceOf(string cloudId, string issueId) => $"jira:{cloudId}:issue:{issueId}";

    /// <summary>The meta that finds a channel's items (sync provider, channel) and the issue (id, current key).</summary>
    /// <param name="issue">The issue.</param>
    /// <param name="site">The site it is on.</param>
    /// <param name="channelId">The project being synced, for an issue whose answer names no project.</param>
    public static ActivityMeta MetaOf(JiraIssue issue, JiraSite site, string channelId)
    {
        ArgumentNullException.ThrowIfNull(issue);
        ArgumentNullException.ThrowIfNull(site);
        // The channel is the project the issue is in now: a moved issue follows its project.
        var projectId = issue.Fields.Project?.Id ?? channelId;
        return new ActivityMeta { SyncProvider = JiraConnector.Name, ChannelId = projectId, ExternalId = issue.Id, ["issueKey"] = issue.Key, ["projectId"] = projectId, ["cloudId"] = site.Id };
    }

    /// <summary>Where people open the issue.</summary>
    /// <param name="site">The site.</param>
    /// <param name="key">The issue's current key.</param>
    public static string BrowseUrl(JiraSite site, string key) => $"{site.Url.TrimEnd('/')}/browse/{Uri.EscapeDataString(key)}";

    /// <summary>
    /// A Jira user as a Plot contact: their account (Atlassian asks for it, for personal-data reporting) and
    /// their email when their privacy settings show it; <see langword="null"/> for an anonymized user without one.
    /// </summary>
    /// <param name="user">The user.</param>
    public static NewContact? ContactOf(JiraUser? user)
    {
        if (user is null) return null;
        var account = user.AccountId is { Length: > 0 } id && id != "_unknown_" ? new ContactSource(ContactProvider, id) : null;
        if (account is null && string.IsNullOrWhiteSpace(user.EmailAddress)) return null;
        return new NewContact { Email = user.EmailAddress, Name = user.DisplayName, AvatarUrl = user.AvatarUrls?.GetValueOrDefault("48x48"), Source = account };
    }

    /// <summary>The note key of a comment.</summary>
    /// <param name="commentId">The comment id.</param>
    public static string CommentKey(string commentId) => CommentPrefix + commentId;

    /// <summary>The comment id behind a note key, or <see langword="null"/> for another note.</summary>
    /// <param name="noteKey">The note key.</param>
    public static string? CommentIdOf(string? noteKey)
        => noteKey is not null && noteKey.StartsWith(CommentPrefix, StringComparison.Ordinal) ? noteKey[CommentPrefix.Length..] : null;

    // Jira's rendered HTML, passed raw with its content type: the platform converts it, never the connector.
    private static NewNote DescriptionNote(JiraIssue issue)
    {
        var html = issue.RenderedFields?.Description is { Length: > 0 } rendered ? rendered : null;
        return new NewNote
        {
            Key = DescriptionKey,
            Content = html,
            ContentType = html is null ? ContentType.Text : ContentType.Html,
            Author = ContactOf(issue.Fields.Reporter ?? issue.Fields.Creator),
            Created = issue.Fields.Created,
        };
    }
}
