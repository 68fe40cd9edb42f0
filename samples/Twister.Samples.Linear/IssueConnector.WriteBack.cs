using Twister.Samples.Linear.Api;
using Twister.Samples.Linear.Sync;

namespace Twister.Samples.Linear;

/// <summary>Plot-initiated creation and write-back of replies (the connector declares <c>HandleReplies = true</c>).</summary>
public sealed partial class IssueConnector
{
    /// <inheritdoc/>
    public override async Task<NewLinkWithNotes?> OnCreateLinkAsync(CreateLinkDraft draft, CancellationToken cancellationToken)
    {
        var status = IssueStatusLinkType.TryParseStatus(draft.Status, out var parsed) ? parsed : IssueStatus.Unstarted;
        var client = await GetClientAsync(draft.ChannelId, cancellationToken);
        var issue = await client.CreateIssueAsync(draft.ChannelId, draft.Title, draft.NoteContent, status.ToStatus(), cancellationToken);
        if (issue is null) return null; // abort: the thread stays, without a link
        // Returned, never saved here: the platform saves it once, so no duplicate thread appears.
        return new NewLinkWithNotes
        {
            Source = IssueActivity.SourceOf(issue),
            Type = IssueStatusLinkType.Config.Type,
            ChannelId = draft.ChannelId,
            Title = issue.Title,
            Status = status.ToStatus(),
            Created = issue.CreatedAt,
            SourceUrl = issue.Url,
            Meta = IssueActivity.MetaOf(issue, draft.ChannelId),
        };
    }

    /// <inheritdoc/>
    public override async Task<NoteWriteBackResult?> OnNoteCreatedAsync(Note note, PlotThread thread, CancellationToken cancellationToken)
    {
        if (note.Author.Type == ActorType.Twist) return null; // our own notes must not loop back
        if (thread.Meta.ChannelId is not { } channelId || thread.Meta.ExternalId is not { } issueId) return null;
        var client = await GetClientAsync(channelId, cancellationToken);
        var comment = await client.CreateCommentAsync(issueId, note.Content ?? "", cancellationToken);
        return comment is null ? null : new NoteWriteBackResult(IssueActivity.CommentKey(comment.Id), comment.Body);
    }

    /// <inheritdoc/>
    public override async Task<NoteWriteBackResult?> OnNoteUpdatedAsync(Note note, PlotThread thread, CancellationToken cancellationToken)
    {
        if (note.Author.Type == ActorType.Twist) return null;
        if (thread.Meta.ChannelId is not { } channelId || IssueActivity.CommentIdOf(note.Key) is not { } commentId) return null;
        var client = await GetClientAsync(channelId, cancellationToken);
        var comment = await client.UpdateCommentAsync(commentId, note.Content ?? "", cancellationToken);
        return comment is null ? null : new NoteWriteBackResult(note.Key, comment.Body);
    }
}
