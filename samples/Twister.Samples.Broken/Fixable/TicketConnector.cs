namespace Twister.Samples.Broken.Fixable;

// Every diagnostic in this folder has a code fix: `dotnet format analyzers` (docs/analyzers.md,
// "Applying fixes outside the IDE") repairs it completely, which PackageEndToEndTests proves.

// TWIST4003: write-back hooks below, but no HandleReplies = true.
// TWIST4008 (in TicketClient): a URL none of these patterns covers.
[Connector("tickets", Scopes = ["read", "write"])]
[NetworkAccess("https://api.tickets.example/*")]
public sealed partial class TicketConnector : Connector<TicketConnector>
{
    private TicketClient Client => new(Tools.Network.Http);

    public override Task<IReadOnlyList<Channel>> GetChannelsAsync(Authorization authorization, AuthToken token, CancellationToken cancellationToken)
        => Task.FromResult<IReadOnlyList<Channel>>([new Channel("team-1", "Team 1")]);

    public override async Task OnChannelEnabledAsync(Channel channel, CancellationToken cancellationToken)
    {
        var webhookUrl = await Tools.Network.CreateWebhookAsync(Callbacks.OnWebhook(channel.Id), cancellationToken);
        await Store.SetAsync(WebhookUrlKey(channel.Id), webhookUrl, cancellationToken);
        // TWIST4001: a localhost URL in local development, which the service cannot reach.
        var hookId = await Client.RegisterWebhookAsync(webhookUrl, cancellationToken);
        // TWIST4002: OnChannelDisabledAsync never clears it. TWIST1008: TicketSyncState is not recorded.
        await Store.SetAsync($"sync_state_{channel.Id}", new TicketSyncState(null, 1), cancellationToken);
        await Tools.Tasks.RunTaskAsync(Callbacks.SyncBatch(channel.Id, 0), cancellationToken);
    }

    public override async Task OnChannelDisabledAsync(Channel channel, CancellationToken cancellationToken)
    {
        if (await Store.GetAsync<string>(WebhookUrlKey(channel.Id), cancellationToken) is { } url)
        {
            await Client.DeleteWebhookAsync(url, cancellationToken);
            await Tools.Network.DeleteWebhookAsync(url, cancellationToken);
            await Store.ClearAsync(WebhookUrlKey(channel.Id), cancellationToken);
        }
    }

    // TWIST1007: `page` was added to a shipped callback without a default value.
    [Callback]
    private async Task SyncBatch(string channelId, int page, CancellationToken cancellationToken)
    {
        var state = await Store.GetAsync<TicketSyncState>($"sync_state_{channelId}", cancellationToken);
        if (state is null) return;
        foreach (var ticket in await Client.ListTicketsAsync(channelId, cancellationToken))
            await Tools.Plot.CreateActivityAsync(TicketMapper.ToActivity(ticket, channelId), cancellationToken);
        await Store.SetAsync($"progress_{channelId}", new TicketProgress(page, page), cancellationToken);
    }

    // TWIST1003: not recorded in the callback baseline.
    [Callback]
    private Task OnWebhook(WebhookRequest request, string channelId) => Task.CompletedTask;

    public override async Task<NewLinkWithNotes?> OnCreateLinkAsync(CreateLinkDraft draft, CancellationToken cancellationToken)
    {
        var id = await Client.CreateTicketAsync(draft.Title, cancellationToken);
        var link = new NewLinkWithNotes { Source = $"tickets:ticket:{id}", Title = draft.Title };
        // TWIST4004: the runtime saves the returned link; this makes a second thread.
        await Tools.Plot.CreateActivityAsync(new NewActivity { Source = link.Source, Title = link.Title, Meta = new ActivityMeta { SyncProvider = "tickets", ChannelId = draft.ChannelId } }, cancellationToken);
        return link;
    }

    // TWIST4005: writes the connector's own notes back too (no author check).
    public override async Task<NoteWriteBackResult?> OnNoteCreatedAsync(Note note, PlotThread thread, CancellationToken cancellationToken)
    {
        var id = await Client.AddCommentAsync(thread.Id, note.Content ?? "", cancellationToken);
        return new NoteWriteBackResult($"comment-{id}", note.Content);
    }

    private static string WebhookUrlKey(string channelId) => $"webhook_url_{channelId}";
}

// TWIST0001: not partial.
[Connector("plain")]
public sealed class PlainConnector : Connector<PlainConnector>
{
    public override Task<IReadOnlyList<Channel>> GetChannelsAsync(Authorization authorization, AuthToken token, CancellationToken cancellationToken)
        => Task.FromResult<IReadOnlyList<Channel>>([]);

    public override Task OnChannelEnabledAsync(Channel channel, CancellationToken cancellationToken) => Task.CompletedTask;
}
