using Acme.Api;
using Acme.Sync;

namespace Acme;

/// <summary>Write-back: what a Plot user does to a synced ticket reaches Acme.</summary>
public sealed partial class AcmeConnector
{
    /// <inheritdoc/>
    public override async Task<NoteWriteBackResult?> OnNoteCreatedAsync(Note note, PlotThread thread, CancellationToken cancellationToken)
    {
        if (note.Author.Type == ActorType.Twist) return null; // notes this connector synced must not loop back
        if (thread.Meta.ChannelId is not { } channelId || thread.Meta.ExternalId is not { } ticketId) return null;
        var client = await GetClientAsync(channelId, cancellationToken);
        var comment = await client.CreateCommentAsync(ticketId, note.Content ?? "", cancellationToken);
        // The key and text the next sync brings back: Plot keeps its copy while Acme's is unchanged.
        return comment is null ? null : new NoteWriteBackResult(TicketActivity.CommentKey(comment.Id), comment.Body);
    }

    /// <inheritdoc/>
    public override async Task OnLinkUpdatedAsync(PlotLink link, LinkChanges changes, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(link);
        ArgumentNullException.ThrowIfNull(changes);
        if (!changes.Status || link.Status is not { } status) return;
        if (link.ChannelId is not { } channelId || link.Meta.ExternalId is not { } ticketId) return;
        var client = await GetClientAsync(channelId, cancellationToken);
        _ = await client.UpdateStatusAsync(ticketId, status, cancellationToken)
            ?? throw new InvalidOperationException($"Ticket {link.Meta["key"] ?? ticketId} no longer exists in Acme: its status was not changed.");
    }
}
