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
    string? LinkType, string? LinkStatus, string? SourceUrl, bool? Unread, bool? Archived);

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
public sealed record NoteRow(string? Key, string? Content, ContentType ContentType, Actor Author, string? LinksJson, string IncomingHash);
