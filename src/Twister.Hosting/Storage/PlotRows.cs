namespace Twister.Hosting.Storage;

/// <summary>
/// An activity as the host stores it: a connector's <see cref="NewActivity"/> after the host has
/// validated it and serialized its meta.
/// </summary>
/// <param name="Source">The identity upserts match on; <see langword="null"/> always inserts.</param>
/// <param name="Connector">The connector that synced it.</param>
/// <param name="Type">The kind of activity.</param>
/// <param name="Title">The title.</param>
/// <param name="Done">When it was completed.</param>
/// <param name="Start">When it starts.</param>
/// <param name="End">When it ends.</param>
/// <param name="SyncProvider">The provider id of its meta.</param>
/// <param name="ChannelId">The channel id of its meta.</param>
/// <param name="ExternalId">The external id of its meta.</param>
/// <param name="MetaJson">The custom meta entries as a JSON object, or <see langword="null"/>.</param>
/// <param name="LinkType">The link type, set by create-link.</param>
/// <param name="LinkStatus">The link status, set by create-link.</param>
/// <param name="SourceUrl">The item's URL, set by create-link.</param>
/// <param name="Unread">The unread state to set; <see langword="null"/> keeps it on update (unread on insert).</param>
/// <param name="Archived">The archived state to set; <see langword="null"/> keeps it on update (unarchived on insert).</param>
public sealed record ActivityRow(
    string? Source, string? Connector, ActivityType Type, string? Title, DateTimeOffset? Done, DateTimeOffset? Start, DateTimeOffset? End,
    string? SyncProvider, string? ChannelId, string? ExternalId, string? MetaJson,
    string? LinkType, string? LinkStatus, string? SourceUrl, bool? Unread, bool? Archived)
{
    /// <summary>The author's contact key (see <see cref="ContactRow"/>), or <see langword="null"/> to keep it.</summary>
    public string? AuthorKey { get; init; }

    /// <summary>The assignee's contact key; <see langword="null"/> keeps it, an empty string clears it.</summary>
    public string? AssigneeKey { get; init; }

    /// <summary>When the item was created in the external service; <see langword="null"/> keeps it.</summary>
    public DateTimeOffset? Created { get; init; }

    /// <summary>When the item last changed in the external service; <see langword="null"/> keeps it.</summary>
    public DateTimeOffset? Updated { get; init; }

    /// <summary>The plain-text preview; <see langword="null"/> keeps it.</summary>
    public string? Preview { get; init; }

    /// <summary>The priority among a thread's items; <see langword="null"/> keeps it.</summary>
    public int? Priority { get; init; }

    /// <summary>The related item's source; <see langword="null"/> keeps it.</summary>
    public string? RelatedSource { get; init; }

    /// <summary>The tags as a JSON array of <see cref="Tag"/> values; <see langword="null"/> keeps them.</summary>
    public string? TagsJson { get; init; }

    /// <summary>The item's actions as JSON; <see langword="null"/> keeps them.</summary>
    public string? ActionsJson { get; init; }

    /// <summary>The item's schedules as JSON; <see langword="null"/> keeps them.</summary>
    public string? SchedulesJson { get; init; }
}

/// <summary>A synced note as the host stores it, with its HTML already converted.</summary>
/// <param name="Key">The key it is upserted by within its activity; <see langword="null"/> always inserts.</param>
/// <param name="Content">The content.</param>
/// <param name="ContentType">The content's format.</param>
/// <param name="Author">The author.</param>
/// <param name="LinksJson">The links as a JSON array, or <see langword="null"/>.</param>
/// <param name="IncomingHash">
/// The hash of the content as the connector sent it: a note whose write-back baseline equals it keeps
/// Plot's content (the external side has not changed since the write-back); otherwise it is overwritten
/// and its baseline dropped.
/// </param>
public sealed record NoteRow(string? Key, string? Content, ContentType ContentType, Actor Author, string? LinksJson, string IncomingHash)
{
    /// <summary>When the note was written in the external service.</summary>
    public DateTimeOffset? Created { get; init; }

    /// <summary>The key of the note it replies to.</summary>
    public string? ReplyTo { get; init; }

    /// <summary>The contact keys of the people it mentions, as a JSON array.</summary>
    public string? MentionsJson { get; init; }

    /// <summary>The tags as a JSON array of <see cref="Tag"/> values.</summary>
    public string? TagsJson { get; init; }
}

/// <summary>
/// A contact to create or merge: matched to an existing contact by <see cref="SourceKey"/>, else by
/// <see cref="EmailKey"/>; a match gets the keys and details it lacked and the newer name and avatar. Items
/// and notes refer to contacts by either key.
/// </summary>
/// <param name="SourceKey"><c>src:{provider}:{accountId}</c>, when the contact has a source account.</param>
/// <param name="EmailKey"><c>email:{lower-case email}</c>, when it has an email.</param>
/// <param name="Provider">The source account's service.</param>
/// <param name="AccountId">The source account's id.</param>
/// <param name="Email">The email as given.</param>
/// <param name="Name">The display name.</param>
/// <param name="AvatarUrl">The avatar's URL.</param>
public sealed record ContactRow(string? SourceKey, string? EmailKey, string? Provider, string? AccountId, string? Email, string? Name, string? AvatarUrl)
{
    /// <summary>The key items and notes refer to it by: the source key when it has one, else the email key.</summary>
    public string Key => SourceKey ?? EmailKey ?? throw new InvalidOperationException("A contact needs a source account or an email.");
}
