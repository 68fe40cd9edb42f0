using Twister.Samples.Jira.Api;
using Twister.Samples.Jira.Sync;

namespace Twister.Samples.Jira;

/// <summary>
/// The Plot Jira connector in C#: syncs the issues of the Jira projects a user enables into Plot, keeps them
/// current through Jira's dynamic webhooks and an incremental sync by update time, and writes statuses,
/// assignees and comments back.
/// </summary>
/// <remarks>
/// An issue's identity is its immutable numeric id; its key (<c>PLAT-12</c>) changes when the issue moves to
/// another project, so it appears only in the title and the meta. Each project is a channel with its own
/// <c>issue</c> link type, whose statuses are the project's workflow statuses.
/// </remarks>
[Connector(Name, Provider = AuthProvider.Atlassian, Scopes = ["read:jira-work", "write:jira-work", "read:jira-user", "manage:jira-webhook"], HandleReplies = true)]
[NetworkAccess("https://api.atlassian.com/*")]
public sealed partial class JiraConnector : Connector<JiraConnector>
{
    /// <summary>The connector's name, also its items' sync provider.</summary>
    public const string Name = "jira";

    /// <summary>Issues per sync batch (one search page per task).</summary>
    public const int PageSize = 50;

    private const string SiteKey = "jira_site";

    /// <inheritdoc/>
    public override async Task<IReadOnlyList<Channel>> GetChannelsAsync(Authorization authorization, AuthToken token, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(token);
        var sites = await JiraClient.GetSitesAsync(Tools.Network.Http, token.Token, cancellationToken);
        var site = sites.FirstOrDefault() ?? throw new InvalidOperationException("The Atlassian token reaches no Jira site (GET /oauth/token/accessible-resources listed none).");
        await Store.SetAsync(SiteKey, site, cancellationToken);
        var client = new JiraClient(Tools.Network.Http, token.Token, site.Id);
        var channels = new List<Channel>();
        foreach (var project in await client.GetProjectsAsync(cancellationToken))
        {
            var workflows = await client.GetStatusesAsync(project.Id, cancellationToken);
            channels.Add(new Channel(project.Id, project.Name) { LinkTypes = [IssueLinkType.From(workflows)] });
        }
        return channels;
    }

    /// <inheritdoc/>
    /// <remarks>
    /// Every enable starts over: it replaces the webhook, takes a new watermark and backfills the history
    /// window with <c>Unread = false</c>, so a recovery drops every cursor. Only a window the channel already
    /// covers (and no recovery) is left as it is.
    /// </remarks>
    public override async Task OnChannelEnabledAsync(Channel channel, SyncContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(channel);
        ArgumentNullException.ThrowIfNull(context);
        var previous = await Store.GetAsync<ChannelSync>(SyncKey(channel.Id), cancellationToken);
        if (context is { HistoryMin: { } min, Recovering: false } && previous is not null && previous.Covers(min)) return;

        await StopSyncAsync(channel.Id, cancellationToken);
        await SetUpWebhookAsync(channel.Id, cancellationToken);
        var (client, _) = await GetClientAsync(channel.Id, cancellationToken);
        var timeZone = (await client.GetMyselfAsync(cancellationToken))?.TimeZone ?? "UTC";
        var scope = Jql.Scope(channel.Id, context.HistoryMin, Jql.Zone(timeZone));
        // The watermark is the latest change Jira has now: whatever changes while the backfill pages is later.
        var latest = await client.SearchAsync(Jql.LatestUpdate(scope), pageToken: null, maxResults: 1, cancellationToken);
        await Store.SetAsync(SyncKey(channel.Id), new ChannelSync(scope, timeZone, latest.Issues.FirstOrDefault()?.Fields.Updated, context.HistoryMin), cancellationToken);
        await Store.SetAsync(BackfillKey(channel.Id), new BackfillState(PageToken: null, BatchNumber: 1, InitialSync: true), cancellationToken);
        await Tools.Tasks.RunTaskAsync(Callbacks.SyncBatch(channel.Id), cancellationToken);
    }

    /// <inheritdoc/>
    public override async Task OnChannelDisabledAsync(Channel channel, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(channel);
        await StopSyncAsync(channel.Id, cancellationToken);
        await RemoveWebhookAsync(channel.Id, cancellationToken);
        await Store.ClearAsync(SyncKey(channel.Id), cancellationToken);
        // The platform archives the channel's items by their meta (syncProvider + channelId).
    }

    /// <summary>A client of the site the channel's token reaches, and that site.</summary>
    private async Task<(JiraClient Client, JiraSite Site)> GetClientAsync(string channelId, CancellationToken cancellationToken)
    {
        var token = await Tools.Integrations.GetAsync(AuthProvider.Atlassian, channelId, cancellationToken)
                    ?? throw new InvalidOperationException($"No Atlassian token is available for project {channelId}.");
        var site = await Store.GetAsync<JiraSite>(SiteKey, cancellationToken)
                   ?? (await JiraClient.GetSitesAsync(Tools.Network.Http, token.Token, cancellationToken)).FirstOrDefault()
                   ?? throw new InvalidOperationException("The Atlassian token reaches no Jira site.");
        return (new JiraClient(Tools.Network.Http, token.Token, site.Id), site);
    }

    private static string SyncKey(string projectId) => $"sync_{projectId}";

    private static string BackfillKey(string projectId) => $"sync_state_{projectId}";

    private static string UpdatesKey(string projectId) => $"sync_updates_{projectId}";

    private static string CatchUpKey(string projectId) => $"sync_catch_up_{projectId}";

    private static string WebhookKey(string projectId) => $"webhook_{projectId}";
}
