using Acme.Api;
using Acme.Sync;

namespace Acme;

/// <summary>
/// Syncs the tickets of the Acme projects a user enables into Plot: an initial sync page by page (one task per
/// page), then a webhook for changes; writes replies and status changes made in Plot back to Acme.
/// </summary>
/// <remarks>
/// Every hook and callback runs in its own execution, on a fresh instance: keep state in <c>Store</c>, never in
/// fields. The generator writes <c>Tools</c>, <c>Callbacks</c> and the serializers of <see cref="SyncState"/>.
/// Set <c>Provider</c> to your service's OAuth provider when it has one; the host stores the development token
/// with each channel either way.
/// </remarks>
[Connector("acme", LinkTypes = [typeof(TicketStatus)], HandleReplies = true)]
[NetworkAccess(AcmeClient.Origin + "/*")]
public sealed partial class AcmeConnector : Connector<AcmeConnector>
{
    /// <inheritdoc/>
    public override async Task<IReadOnlyList<Channel>> GetChannelsAsync(Authorization authorization, AuthToken token, CancellationToken cancellationToken)
    {
        var projects = await new AcmeClient(Tools.Network.Http, token.Token).GetProjectsAsync(cancellationToken);
        return [.. projects.Select(p => new Channel(p.Id, p.Name) { LinkTypes = [TicketStatusLinkType.Config] })];
    }

    /// <inheritdoc/>
    public override async Task OnChannelEnabledAsync(Channel channel, CancellationToken cancellationToken)
    {
        // Enabling again (a resync) replaces the channel's webhook rather than leaving a second one live.
        await RemoveWebhookAsync(channel.Id, cancellationToken);
        var webhookUrl = await Tools.Network.CreateWebhookAsync(Callbacks.OnWebhook(channel.Id), cancellationToken);
        await Store.SetAsync(WebhookUrlKey(channel.Id), webhookUrl, cancellationToken);
        // Acme cannot reach a localhost URL: register only a public one (a tunnel, a deployment).
        if (!WebhookUrl.IsLocal(webhookUrl))
        {
            var client = await GetClientAsync(channel.Id, cancellationToken);
            if (await client.CreateWebhookAsync(webhookUrl, channel.Id, cancellationToken) is { } webhookId)
                await Store.SetAsync(WebhookIdKey(channel.Id), webhookId, cancellationToken);
        }
        await Store.SetAsync(SyncKey(channel.Id), new SyncState(Cursor: null, InitialSync: true), cancellationToken);
        await Tools.Tasks.RunTaskAsync(Callbacks.SyncPage(channel.Id), cancellationToken);
    }

    /// <inheritdoc/>
    public override async Task OnChannelDisabledAsync(Channel channel, CancellationToken cancellationToken)
    {
        await RemoveWebhookAsync(channel.Id, cancellationToken);
        await Store.ClearAsync(SyncKey(channel.Id), cancellationToken);
        // The host archives the channel's items by their meta (sync provider and channel).
    }

    /// <summary>Syncs one page of a project's tickets, then queues the next page as a new task (a fresh request budget).</summary>
    /// <param name="channelId">The project.</param>
    /// <param name="cancellationToken">Supplied by the runtime.</param>
    [Callback]
    private async Task SyncPage(string channelId, CancellationToken cancellationToken)
    {
        var state = await Store.GetAsync<SyncState>(SyncKey(channelId), cancellationToken);
        if (state is null) return; // the channel was disabled while this task waited
        var client = await GetClientAsync(channelId, cancellationToken);
        var page = await client.GetTicketsAsync(channelId, state.Cursor, cancellationToken);

        foreach (var ticket in page.Tickets)
            await Tools.Plot.CreateActivityAsync(TicketActivity.From(ticket, channelId, state.InitialSync), cancellationToken);

        if (page.NextCursor is { } next)
        {
            await Store.SetAsync(SyncKey(channelId), state with { Cursor = next }, cancellationToken);
            await Tools.Tasks.RunTaskAsync(Callbacks.SyncPage(channelId), cancellationToken);
        }
        else
        {
            await Store.ClearAsync(SyncKey(channelId), cancellationToken);
        }
    }

    /// <summary>Applies one webhook delivery; deliveries come at least once and in any order, and upserts make that safe.</summary>
    /// <param name="request">The delivery, supplied at invocation.</param>
    /// <param name="channelId">The project the webhook was created for.</param>
    /// <param name="cancellationToken">Supplied by the runtime.</param>
    [Callback]
    private async Task OnWebhook(WebhookRequest request, string channelId, CancellationToken cancellationToken)
    {
        var delivery = request.ReadJson(AcmeJsonContext.Default.AcmeWebhookEvent);
        if (delivery?.Ticket is not { } ticket || ticket.ProjectId != channelId) return;
        await Tools.Plot.CreateActivityAsync(TicketActivity.From(ticket, channelId, initialSync: false), cancellationToken);
    }

    private async Task<AcmeClient> GetClientAsync(string channelId, CancellationToken cancellationToken)
    {
        var token = await Tools.Integrations.GetAsync(Descriptor.Manifest.Provider, channelId, cancellationToken)
                    ?? throw new InvalidOperationException($"No Acme token for project {channelId}: install the connector again.");
        return new AcmeClient(Tools.Network.Http, token.Token);
    }

    /// <summary>Unregisters the channel's webhook at Acme (when it was registered there) and revokes its URL.</summary>
    private async Task RemoveWebhookAsync(string channelId, CancellationToken cancellationToken)
    {
        if (await Store.GetAsync<string>(WebhookIdKey(channelId), cancellationToken) is { } webhookId)
        {
            var client = await GetClientAsync(channelId, cancellationToken);
            await client.DeleteWebhookAsync(webhookId, cancellationToken);
            await Store.ClearAsync(WebhookIdKey(channelId), cancellationToken);
        }
        if (await Store.GetAsync<string>(WebhookUrlKey(channelId), cancellationToken) is { } url)
        {
            await Tools.Network.DeleteWebhookAsync(url, cancellationToken);
            await Store.ClearAsync(WebhookUrlKey(channelId), cancellationToken);
        }
    }

    private static string SyncKey(string channelId) => $"sync_state_{channelId}";

    private static string WebhookIdKey(string channelId) => $"webhook_id_{channelId}";

    private static string WebhookUrlKey(string channelId) => $"webhook_url_{channelId}";
}
