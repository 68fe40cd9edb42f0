using Twister.Hosting.Storage;

namespace Twister.Hosting.Plot;

/// <summary>
/// Prepares a connector's activity for storage, before any transaction: HTML notes converted to markdown,
/// the incoming content hashed for the write-back baseline, meta and links serialized.
/// </summary>
internal static class ActivityIngest
{
    /// <summary>The upsert of <paramref name="activity"/>, synced by <paramref name="connector"/>.</summary>
    /// <param name="connector">The connector's name.</param>
    /// <param name="activity">The activity.</param>
    /// <param name="link">The link columns create-link sets.</param>
    public static UpsertActivity Prepare(string connector, NewActivity activity, LinkFields link = default)
    {
        var meta = activity.Meta;
        var row = new ActivityRow(
            activity.Source, connector, activity.Type, activity.Title, activity.Done, activity.Start, activity.End,
            meta?.SyncProvider, meta?.ChannelId, meta?.ExternalId, PlotJson.WriteMetaValues(meta),
            link.Type, link.Status, link.SourceUrl, activity.Unread, activity.Archived);
        var notes = activity.Notes is { Count: > 0 } list ? new NoteRow[list.Count] : [];
        for (var i = 0; i < notes.Length; i++) notes[i] = Prepare(connector, activity.Notes![i]);
        return new UpsertActivity(row, notes);
    }

    private static NoteRow Prepare(string connector, NewNote note)
    {
        var (content, contentType) = note.ContentType == ContentType.Html && note.Content is not null
            ? (HtmlToMarkdown.Convert(note.Content), ContentType.Markdown)
            : (note.Content, note.ContentType);
        return new NoteRow(note.Key, content, contentType, note.Author ?? new Actor(connector, ActorType.Twist, connector),
            PlotJson.WriteLinks(note.Links), ContentHash.Of(note.Content));
    }
}

/// <summary>The link columns set by create-link.</summary>
internal readonly record struct LinkFields(string? Type, string? Status, string? SourceUrl);
