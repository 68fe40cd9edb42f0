using Twister.Samples.Slack.Api;
using Twister.Samples.Slack.Sync;
using Twister.Samples.Slack.Text;

namespace Twister.Samples.Slack;

/// <summary>
/// Write-back of Plot replies (the connector declares <c>HandleReplies = true</c>) into their Slack thread, and
/// the loop guard: every message the connector posts is marked, and its echo (the Events API delivers the
/// connector's own messages too) is dropped instead of coming back as a new note.
/// </summary>
public sealed partial class SlackConnector
{
    /// <inheritdoc/>
    public override async Task<NoteWriteBackResult?> OnNoteCreatedAsync(Note note, PlotThread thread, CancellationToken cancellationToken)
    {
        if (note.Author.Type == ActorType.Twist) return null; // notes by twists (this connector's included) never go back
        if (thread.Meta.SyncProvider != ThreadItem.Provider || thread.ChannelId is not { } channelId || thread.Meta.ExternalId is not { } threadTs) return null;
        var text = Mrkdwn.FromMarkdown(note.Content ?? "");
        if (text.Trim().Length == 0) return null;
        var client = await GetClientAsync(channelId, cancellationToken);
        // Slack threads are one level deep: a reply to any note of the item goes into the item's thread.
        var posted = await client.PostMessageAsync(channelId, text, threadTs, cancellationToken);
        await MarkSentAsync(channelId, posted.Ts, cancellationToken);
        return new NoteWriteBackResult(posted.Ts, await ContentOfAsync(client, posted, cancellationToken));
    }

    /// <inheritdoc/>
    public override async Task<NoteWriteBackResult?> OnNoteUpdatedAsync(Note note, PlotThread thread, CancellationToken cancellationToken)
    {
        if (note.Author.Type == ActorType.Twist) return null;
        // Only a Plot user's own reply was posted by the connector (and keyed by its ts); Slack lets a token edit its own messages only.
        if (note.Author.Type != ActorType.User || note.Key is not { } ts || thread.Meta.SyncProvider != ThreadItem.Provider || thread.ChannelId is not { } channelId) return null;
        var client = await GetClientAsync(channelId, cancellationToken);
        var updated = await client.UpdateMessageAsync(channelId, ts, Mrkdwn.FromMarkdown(note.Content ?? ""), cancellationToken);
        await MarkSentAsync(channelId, ts, cancellationToken);
        return new NoteWriteBackResult(ts, await ContentOfAsync(client, updated, cancellationToken));
    }

    /// <summary>The note content the next sync will bring for <paramref name="message"/>: the write-back baseline.</summary>
    private async Task<string> ContentOfAsync(SlackClient client, SlackMessage message, CancellationToken cancellationToken)
    {
        var people = await GetPeopleAsync(client, Mrkdwn.MentionedUsers(message.Text ?? ""), cancellationToken);
        return ThreadItem.ContentOf(message, people.ToDictionary(p => p.Key, p => p.Value.Name, StringComparer.Ordinal));
    }

    // The type is spelled out: the generator cannot type a value read through the generated Tools property.
    private ValueTask MarkSentAsync(string channelId, string ts, CancellationToken cancellationToken)
        => Store.SetAsync<DateTimeOffset?>(SentKey(channelId, ts), Tools.Clock.GetUtcNow(), cancellationToken);

    /// <summary>
    /// Whether the message is the echo of one the connector posted (or edited) itself; the mark is spent, so a
    /// later edit made in Slack syncs again.
    /// </summary>
    private async Task<bool> IsEchoAsync(string channelId, string ts, CancellationToken cancellationToken)
    {
        if (await Store.GetAsync<DateTimeOffset?>(SentKey(channelId, ts), cancellationToken) is null) return false;
        await Store.ClearAsync(SentKey(channelId, ts), cancellationToken);
        return true;
    }

    private static string SentPrefix(string channelId) => $"sent_{channelId}_";

    private static string SentKey(string channelId, string ts) => SentPrefix(channelId) + ts;
}
