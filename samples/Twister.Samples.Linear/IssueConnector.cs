using Twister.Samples.Linear.Api;
using Twister.Samples.Linear.Sync;

namespace Twister.Samples.Linear;

/// <summary>
/// The seed's issue connector: syncs the issues of the Linear teams a user enables into Plot, keeps
/// them current through webhooks, and writes Plot replies back as comments.
/// </summary>
/// <remarks>
/// <c>[Connector]</c> and <c>[NetworkAccess]</c> are the seed's <c>build()</c>: the generator emits the
/// typed <c>Tools</c>, the manifest, the <c>Callbacks</c> factories and the serializers of
/// <see cref="SyncState"/>.
/// </remarks>
[Connector("linear", Provider = AuthProvider.Linear, Scopes = ["read", "write"], LinkTypes = [typeof(IssueStatus)], HandleReplies = true)]
[NetworkAccess("https://api.linear.app/*")]
public sealed partial class IssueConnector : Connector<IssueConnector>
{
    /// <inheritdoc/>
    public override async Task<IReadOnlyList<Channel>> GetChannelsAsync(Authorization authorization, AuthToken token, CancellationToken cancellationToken)
    {
        var client = new LinearClient(Tools.Network.Http, token.Token);
        var teams = await client.GetTeamsAsync(cancellationToken);
        return [.. teams.Select(t => new Channel(t.Id, t.Name) { LinkTypes = [IssueStatusLinkType.Config] })];
    }

    /// <inheritdoc/>
    public override async Task OnChannelEnabledAsync(Channel channel, CancellationToken cancellationToken)
    {
        // Enabling again (a resync) replaces the channel's webhooks rather than leaving second ones live.
        await RemoveWebhooksAsync(channel.Id, cancellationToken);
        var webhookUrl = await Tools.Network.CreateWebhookAsync(Callbacks.OnWebhook(channel.Id), cancellationToken);
        await Store.SetAsync(WebhookUrlKey(channel.Id), webhookUrl, cancellationToken);
        // A localhost URL cannot be reached by the real service: register only deployed webhooks.
        if (!WebhookUrl.IsLocal(webhookUrl))
        {
            var client = await GetClientAsync(channel.Id, cancellationToken);
            if (await client.CreateWebhookAsync(webhookUrl, channel.Id, cancellationToken) is { } webhookId)
                await Store.SetAsync(WebhookKey(channel.Id), webhookId, cancellationToken);
        }
        await Store.SetAsync(SyncKey(channel.Id), new SyncState(null, 1, InitialSync: true), cancellationToken);
        await Tools.Tasks.RunTaskAsync(Callbacks.SyncBatch(channel.Id), cancellationToken);
    }

    /// <inheritdoc/>
    public override async Task OnChannelDisabledAsync(Channel channel, CancellationToken cancellationToken)
    {
        await RemoveWebhooksAsync(channel.Id, cancellationToken);
        await Store.ClearAsync(SyncKey(channel.Id), cancellationToken);
        // The platform archives the channel's activities by their meta (syncProvider + channelId).
    }

    /// <summary>Syncs one page of a channel's issues, then schedules the next page as a new task.</summary>
    /// <param name="channelId">The team being synced.</param>
    /// <param name="cancellationToken">Supplied by the runtime.</param>
    [Callback]
    private async Task SyncBatch(string channelId, CancellationToken cancellationToken)
    {
        var state = await Store.GetAsync<SyncState>(SyncKey(channelId), cancellationToken);
        if (state is null) return; // the channel was disabled while this task waited
        var client = await GetClientAsync(channelId, cancellationToken);
        var page = await client.GetIssuesAsync(channelId, state.Cursor, cancellationToken);

        foreach (var issue in page.Nodes)
            await Tools.Plot.CreateActivityAsync(IssueActivity.From(issue, channelId, state.InitialSync), cancellationToken);

        if (page.PageInfo.HasNextPage)
        {
            await Store.SetAsync(SyncKey(channelId), state with { Cursor = page.PageInfo.EndCursor, BatchNumber = state.BatchNumber + 1 }, cancellationToken);
            await Tools.Tasks.RunTaskAsync(Callbacks.SyncBatch(channelId), cancellationToken);
        }
        else
        {
            await Store.ClearAsync(SyncKey(channelId), cancellationToken);
        }
    }

    /// <summary>Applies one webhook delivery (at least once, possibly out of order: upserts make it idempotent).</summary>
    /// <param name="request">The delivery, supplied at invocation.</param>
    /// <param name="channelId">The team the webhook was created for.</param>
    /// <param name="cancellationToken">Supplied by the runtime.</param>
    [Callback]
    private async Task OnWebhook(WebhookRequest request, string channelId, CancellationToken cancellationToken)
    {
        var payload = request.ReadJson(LinearJsonContext.Default.LinearWebhook);
        // Only issue events name an issue; one without an id could not be matched to an activity.
        if (payload is not { Type: "Issue", Data: { Id: { Length: > 0 } } issue }) return;
        await Tools.Plot.CreateActivityAsync(IssueActivity.From(issue, channelId, initialSync: false), cancellationToken);
    }

    private async Task<LinearClient> GetClientAsync(string channelId, CancellationToken cancellationToken)
    {
        var token = await Tools.Integrations.GetAsync(AuthProvider.Linear, channelId, cancellationToken)
                    ?? throw new InvalidOperationException("No authentication token available");
        return new LinearClient(Tools.Network.Http, token.Token);
    }

    /// <summary>Removes the channel's webhook from Linear (when it was registered there) and revokes its URL.</summary>
    private async Task RemoveWebhooksAsync(string channelId, CancellationToken cancellationToken)
    {
        if (await Store.GetAsync<string>(WebhookKey(channelId), cancellationToken) is { } webhookId)
        {
            var client = await GetClientAsync(channelId, cancellationToken);
            await client.DeleteWebhookAsync(webhookId, cancellationToken);
            await Store.ClearAsync(WebhookKey(channelId), cancellationToken);
        }
        if (await Store.GetAsync<string>(WebhookUrlKey(channelId), cancellationToken) is { } url)
        {
            await Tools.Network.DeleteWebhookAsync(url, cancellationToken);
            await Store.ClearAsync(WebhookUrlKey(channelId), cancellationToken);
        }
    }

    private static string SyncKey(string channelId) => $"sync_state_{channelId}";

    private static string WebhookKey(string channelId) => $"webhook_id_{channelId}";

    private static string WebhookUrlKey(string channelId) => $"webhook_url_{channelId}";
}
