using Twister.Samples.Slack.Api;
using Twister.Samples.Slack.Sync;

namespace Twister.Samples.Slack;

/// <summary>
/// Syncs the Slack channels a user enables into Plot: each thread (a top-level message and its replies) is an
/// item, each message a note keyed by its ts, replies replying to the parent, mentioned members as contacts.
/// Events API deliveries keep the items current; Plot replies are posted back into their thread.
/// </summary>
/// <remarks>
/// The sync is a chain of tasks, one page of history each, that survives Slack's rate limits: a short
/// <c>Retry-After</c> is waited for within the execution, a long one reschedules the page
/// (<see cref="SlackClient"/>).
/// </remarks>
[Connector("slack", Provider = AuthProvider.Slack, HandleReplies = true, Options = typeof(SlackOptions),
    Scopes = ["channels:history", "channels:read", "groups:history", "groups:read", "users:read", "users:read.email", "chat:write"])]
[NetworkAccess("https://slack.com/api/*")]
public sealed partial class SlackConnector : Connector<SlackConnector>
{
    /// <summary>Top-level messages per sync batch (each may fetch its thread, so a batch stays well inside the request budget).</summary>
    public const int PageSize = 20;

    /// <inheritdoc/>
    public override async Task<IReadOnlyList<Channel>> GetChannelsAsync(Authorization authorization, AuthToken token, CancellationToken cancellationToken)
    {
        var channels = await new SlackClient(Tools.Network.Http, token.Token).ListChannelsAsync(cancellationToken);
        return [.. channels
            .Where(c => c is { IsMember: true, IsArchived: false, Name: not null })
            .OrderBy(c => c.Name == "general" ? 0 : 1).ThenBy(c => c.Name, StringComparer.Ordinal)
            .Select(c => new Channel(c.Id, "#" + c.Name))];
    }

    /// <inheritdoc/>
    public override async Task OnChannelEnabledAsync(Channel channel, SyncContext context, CancellationToken cancellationToken)
    {
        // Enabling again (a resync, a recovery) replaces the channel's webhook rather than leaving a second one live.
        await RemoveEventsWebhookAsync(channel.Id, cancellationToken);
        // Slack sends every request to the app's one Events URL, the verification challenge included, and reads
        // the challenge from the answer: the webhook is synchronous; events are handed to tasks (Events partial).
        // The URL is set in the Slack app's settings (Plot routes its own), never registered through the Web API.
        var url = await Tools.Network.CreateWebhookAsync(Callbacks.OnSlackRequest(channel.Id), new Tools.WebhookOptions { Synchronous = true }, cancellationToken);
        await Store.SetAsync(EventsUrlKey(channel.Id), url, cancellationToken);
        var oldest = context.HistoryMin is { } min ? $"{min.ToUnixTimeSeconds()}.000000" : null;
        await Store.SetAsync(SyncKey(channel.Id), new SyncState(null, oldest, InitialSync: true), cancellationToken);
        await Tools.Tasks.RunTaskAsync(Callbacks.SyncBatch(channel.Id), cancellationToken);
    }

    /// <inheritdoc/>
    public override async Task OnChannelDisabledAsync(Channel channel, CancellationToken cancellationToken)
    {
        await RemoveEventsWebhookAsync(channel.Id, cancellationToken);
        await Store.ClearAsync(SyncKey(channel.Id), cancellationToken);
        await Store.ClearAsync(SeenEventsKey(channel.Id), cancellationToken);
        foreach (var key in await Store.ListAsync(SentPrefix(channel.Id), cancellationToken)) await Store.ClearAsync(key, cancellationToken);
        // The platform archives the channel's items by their meta (syncProvider + channelId).
    }

    /// <summary>Syncs one page of a channel's history (each thread whole), then queues the next page as a new task.</summary>
    /// <param name="channelId">The conversation being synced.</param>
    /// <param name="cancellationToken">Supplied by the runtime.</param>
    [Callback]
    private async Task SyncBatch(string channelId, CancellationToken cancellationToken)
    {
        var state = await Store.GetAsync<SyncState>(SyncKey(channelId), cancellationToken);
        if (state is null) return; // the channel was disabled while this task waited
        var client = await GetClientAsync(channelId, cancellationToken);
        try
        {
            var (messages, next) = await client.GetHistoryAsync(channelId, state.Cursor, state.Oldest, PageSize, cancellationToken);
            var threads = new List<IReadOnlyList<SlackMessage>>();
            foreach (var message in messages.Where(ThreadItem.IsSynced))
                threads.Add(message.ReplyCount > 0 ? await client.GetThreadAsync(channelId, message.Ts, cancellationToken) : [message]);
            var people = await GetPeopleAsync(client, ThreadItem.PeopleOf(threads.SelectMany(SyncedMessages)), cancellationToken);

            // Nothing is written before every call of the page succeeded: a rate-limited page is redone whole.
            foreach (var thread in threads)
                await Tools.Plot.CreateActivityAsync(ThreadItem.From(channelId, thread[0], Replies(thread), people, state.InitialSync), cancellationToken);
            if (next is null)
            {
                await Store.ClearAsync(SyncKey(channelId), cancellationToken);
                return;
            }
            await Store.SetAsync(SyncKey(channelId), state with { Cursor = next }, cancellationToken);
            await Tools.Tasks.RunTaskAsync(Callbacks.SyncBatch(channelId), cancellationToken);
        }
        catch (SlackRateLimitedException limited)
        {
            await Tools.Tasks.RunTaskAsync(Callbacks.SyncBatch(channelId), Tools.Clock.GetUtcNow() + limited.RetryAfter, cancellationToken);
        }
    }

    /// <summary>Reads a whole thread again and upserts its item: how every event reaches Plot.</summary>
    /// <param name="channelId">The conversation.</param>
    /// <param name="threadTs">The thread's parent ts (a message without replies is a thread of one).</param>
    /// <param name="cancellationToken">Supplied by the runtime.</param>
    [Callback]
    private async Task RefreshThread(string channelId, string threadTs, CancellationToken cancellationToken)
    {
        if (await Store.GetAsync<string>(EventsUrlKey(channelId), cancellationToken) is null) return; // disabled since
        var client = await GetClientAsync(channelId, cancellationToken);
        try
        {
            var thread = await client.GetThreadAsync(channelId, threadTs, cancellationToken);
            if (!ThreadItem.IsSynced(thread[0])) return; // a bot's or a system message is not an item
            var people = await GetPeopleAsync(client, ThreadItem.PeopleOf(SyncedMessages(thread)), cancellationToken);
            await Tools.Plot.CreateActivityAsync(ThreadItem.From(channelId, thread[0], Replies(thread), people, initialSync: false), cancellationToken);
        }
        catch (SlackApiException e) when (e.Error == "thread_not_found")
        {
            // The parent was deleted: Slack has nothing left to sync.
        }
        catch (SlackRateLimitedException limited)
        {
            await Tools.Tasks.RunTaskAsync(Callbacks.RefreshThread(channelId, threadTs), Tools.Clock.GetUtcNow() + limited.RetryAfter, cancellationToken);
        }
    }

    private static IEnumerable<SlackMessage> SyncedMessages(IReadOnlyList<SlackMessage> thread) => thread.Take(1).Concat(Replies(thread));

    private static IReadOnlyList<SlackMessage> Replies(IReadOnlyList<SlackMessage> thread) => [.. thread.Skip(1).Where(ThreadItem.IsSynced)];

    private async Task<SlackClient> GetClientAsync(string channelId, CancellationToken cancellationToken)
    {
        var token = await Tools.Integrations.GetAsync(AuthProvider.Slack, channelId, cancellationToken)
                    ?? throw new InvalidOperationException($"No Slack token for channel {channelId}: enable the channel again after authorizing.");
        return new SlackClient(Tools.Network.Http, token.Token);
    }

    private async Task RemoveEventsWebhookAsync(string channelId, CancellationToken cancellationToken)
    {
        if (await Store.GetAsync<string>(EventsUrlKey(channelId), cancellationToken) is not { } url) return;
        await Tools.Network.DeleteWebhookAsync(url, cancellationToken);
        await Store.ClearAsync(EventsUrlKey(channelId), cancellationToken);
    }

    private static string SyncKey(string channelId) => $"sync_state_{channelId}";

    private static string EventsUrlKey(string channelId) => $"events_url_{channelId}";
}
