using System.Security.Cryptography;
using System.Text;
using Twister.Samples.Jira.Api;
using Twister.Samples.Jira.Sync;

namespace Twister.Samples.Jira;

/// <summary>
/// Jira's dynamic webhooks: registered per project with a secret in the URL's query string (Jira does not
/// sign them), refreshed before their 30 days run out, and handled by reading the issue they name.
/// </summary>
public sealed partial class JiraConnector
{
    /// <summary>The events a project's webhook delivers.</summary>
    public static readonly IReadOnlyList<string> WebhookEvents =
        ["jira:issue_created", "jira:issue_updated", "jira:issue_deleted", "comment_created", "comment_updated", "comment_deleted"];

    /// <summary>How long after its registration or last refresh a webhook is refreshed (Jira drops it after 30 days).</summary>
    public static readonly TimeSpan WebhookRenewal = TimeSpan.FromDays(25);

    private const string SecretParameter = "secret";

    /// <summary>Applies one webhook delivery: at least once, possibly late or out of order.</summary>
    /// <param name="request">The delivery, supplied at invocation.</param>
    /// <param name="projectId">The project the webhook was registered for.</param>
    /// <param name="cancellationToken">Supplied by the runtime.</param>
    [Callback]
    private async Task OnWebhook(WebhookRequest request, string projectId, CancellationToken cancellationToken)
    {
        var hook = await Store.GetAsync<WebhookState>(WebhookKey(projectId), cancellationToken);
        if (hook is null) return; // the channel was disabled after the delivery was accepted
        // The secret of the registered URL is the only proof a delivery comes from Jira; a local URL has none.
        if (hook.Secret is { } secret && !IsSigned(request, secret)) return;
        var payload = request.ReadJson(JiraJsonContext.Default.JiraWebhookEvent);
        // Only a delivery that names an issue can be matched to an item.
        if (payload?.Issue?.Id is not { Length: > 0 } issueId) return;

        var (client, site) = await GetClientAsync(projectId, cancellationToken);
        // The issue as it is now, not as the payload says: a late or repeated delivery cannot bring an old state back.
        if (await client.FindIssueAsync(issueId, cancellationToken) is { } issue)
            await SaveAsync(client, site, projectId, [issue], initialSync: false, cancellationToken);
        else
            await Tools.Plot.UpdateActivityAsync(IssueItem.SourceOf(site.Id, issueId), new ActivityUpdate { Archived = true }, cancellationToken); // deleted in Jira
        await ScheduleUpdatesAsync(projectId, cancellationToken); // and whatever a lost delivery did not bring
    }

    /// <summary>Refreshes the project's webhook registration, or registers it again when Jira dropped it, then schedules the next refresh.</summary>
    /// <param name="projectId">The project.</param>
    /// <param name="cancellationToken">Supplied by the runtime.</param>
    [Callback]
    private async Task RenewWebhook(string projectId, CancellationToken cancellationToken)
    {
        if (await Store.GetAsync<WebhookState>(WebhookKey(projectId), cancellationToken) is not { JiraId: { } jiraId, Secret: { } secret } hook) return; // disabled
        var (client, _) = await GetClientAsync(projectId, cancellationToken);
        if (!await client.RefreshWebhookAsync(jiraId, cancellationToken))
        {
            // It lapsed: register it again, and read what changed while nothing was delivered.
            jiraId = await client.RegisterWebhookAsync(WithSecret(hook.Url, secret), ProjectFilter(projectId), WebhookEvents, cancellationToken);
            await ScheduleUpdatesAsync(projectId, cancellationToken);
        }
        var renewal = await Tools.Tasks.RunTaskAsync(Callbacks.RenewWebhook(projectId), Tools.Clock.GetUtcNow() + WebhookRenewal, cancellationToken);
        await Store.SetAsync(WebhookKey(projectId), hook with { JiraId = jiraId, RenewalTaskId = renewal }, cancellationToken);
    }

    /// <summary>Creates the project's webhook URL and, unless it is local, registers it with Jira with a new secret.</summary>
    private async Task SetUpWebhookAsync(string projectId, CancellationToken cancellationToken)
    {
        await RemoveWebhookAsync(projectId, cancellationToken); // enabling again replaces the webhook rather than adding one
        var url = await Tools.Network.CreateWebhookAsync(Callbacks.OnWebhook(projectId), cancellationToken);
        if (WebhookUrl.IsLocal(url))
        {
            // Jira cannot reach a localhost URL: nothing to register; the incremental sync brings changes.
            await Store.SetAsync(WebhookKey(projectId), new WebhookState(url, JiraId: null, Secret: null, RenewalTaskId: null), cancellationToken);
            return;
        }
        var secret = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(32));
        var (client, _) = await GetClientAsync(projectId, cancellationToken);
        var jiraId = await client.RegisterWebhookAsync(WithSecret(url, secret), ProjectFilter(projectId), WebhookEvents, cancellationToken);
        var renewal = await Tools.Tasks.RunTaskAsync(Callbacks.RenewWebhook(projectId), Tools.Clock.GetUtcNow() + WebhookRenewal, cancellationToken);
        await Store.SetAsync(WebhookKey(projectId), new WebhookState(url, jiraId, secret, renewal), cancellationToken);
    }

    /// <summary>Deletes the project's registration in Jira (when there is one), its refresh, and the host's URL.</summary>
    private async Task RemoveWebhookAsync(string projectId, CancellationToken cancellationToken)
    {
        if (await Store.GetAsync<WebhookState>(WebhookKey(projectId), cancellationToken) is not { } hook) return;
        if (hook.RenewalTaskId is { } renewal) await Tools.Tasks.CancelTaskAsync(renewal, cancellationToken);
        if (hook.JiraId is { } jiraId)
        {
            var (client, _) = await GetClientAsync(projectId, cancellationToken);
            await client.DeleteWebhookAsync(jiraId, cancellationToken);
        }
        await Tools.Network.DeleteWebhookAsync(hook.Url, cancellationToken);
        await Store.ClearAsync(WebhookKey(projectId), cancellationToken);
    }

    private static string ProjectFilter(string projectId) => $"project = {projectId}";

    private static string WithSecret(string url, string secret)
        => $"{url}{(url.Contains('?', StringComparison.Ordinal) ? '&' : '?')}{SecretParameter}={Uri.EscapeDataString(secret)}";

    /// <summary>Whether the delivery carries the secret, compared in constant time so its timing tells nothing.</summary>
    private static bool IsSigned(WebhookRequest request, string secret)
        => request.Query.TryGetValue(SecretParameter, out var given)
           && CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(given), Encoding.UTF8.GetBytes(secret));
}
