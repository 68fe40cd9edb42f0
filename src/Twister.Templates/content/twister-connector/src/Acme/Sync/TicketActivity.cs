using Acme.Api;

namespace Acme.Sync;

/// <summary>Maps Acme tickets to Plot items.</summary>
public static class TicketActivity
{
    /// <summary>The sync provider every item's meta names (with its channel), so Plot can act on a channel's items.</summary>
    public const string Provider = "acme";

    private const string CommentPrefix = "comment-";

    /// <summary>The Plot item of <paramref name="ticket"/>.</summary>
    /// <param name="ticket">The ticket.</param>
    /// <param name="channelId">The project it was synced from.</param>
    /// <param name="initialSync">Only the initial sync sets unread and archived, so a user's choices survive later syncs.</param>
    public static NewActivity From(AcmeTicket ticket, string channelId, bool initialSync) => new()
    {
        Source = SourceOf(ticket.Id),
        Type = ActivityType.Action,
        Title = $"{ticket.Key}: {ticket.Title}",
        LinkType = "ticket",
        Status = ticket.Status,
        Created = ticket.CreatedAt,
        Updated = ticket.UpdatedAt,
        SourceUrl = ticket.Url,
        Actions = [ItemAction.External("Open in Acme", ticket.Url)],
        Meta = new ActivityMeta { SyncProvider = Provider, ChannelId = channelId, ExternalId = ticket.Id, ["key"] = ticket.Key },
        Notes =
        [
            // Raw HTML with its content type: Plot converts it; a connector never strips tags.
            new NewNote { Key = "description", Content = ticket.DescriptionHtml ?? "", ContentType = ContentType.Html },
            .. ticket.Comments.Select(c => new NewNote { Key = CommentKey(c.Id), Content = c.Body, ContentType = ContentType.Text, Created = c.CreatedAt }),
        ],
        Unread = initialSync ? false : null,
        Archived = initialSync ? false : null,
    };

    /// <summary>The item's source: from the immutable id, never from the key that changes when a ticket moves.</summary>
    /// <param name="ticketId">The ticket's id.</param>
    public static string SourceOf(string ticketId) => $"acme:ticket:{ticketId}";

    /// <summary>The note key of a comment; a comment written back from Plot comes back onto its own note.</summary>
    /// <param name="commentId">The comment's id.</param>
    public static string CommentKey(string commentId) => CommentPrefix + commentId;
}
