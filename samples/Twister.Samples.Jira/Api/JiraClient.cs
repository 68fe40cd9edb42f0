using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace Twister.Samples.Jira.Api;

/// <summary>
/// A small typed client of Jira Cloud's REST API v3 through Atlassian's OAuth gateway
/// (<c>https://api.atlassian.com/ex/jira/{cloudId}/rest/api/3/</c>). It uses the connector's <c>Network</c>
/// HTTP client, so every request passes the allowlist and counts against the execution's budget. A refused
/// request throws a <see cref="JiraApiException"/> with Jira's messages.
/// </summary>
public sealed class JiraClient
{
    /// <summary>Atlassian's API gateway, as named in the connector's allowlist.</summary>
    public static readonly Uri Gateway = new("https://api.atlassian.com/");

    /// <summary>The issue fields every sync reads.</summary>
    public const string IssueFields = "summary,description,status,assignee,reporter,creator,comment,created,updated,resolutiondate,project";

    private static readonly JiraJsonContext Json = JiraJsonContext.Default;

    private readonly HttpClient _http;
    private readonly string _token;
    private readonly Uri _api;

    /// <summary>Creates a client of one Jira site.</summary>
    /// <param name="http">The connector's HTTP client.</param>
    /// <param name="token">The OAuth access token.</param>
    /// <param name="cloudId">The site's cloud id (see <see cref="GetSitesAsync"/>).</param>
    public JiraClient(HttpClient http, string token, string cloudId)
    {
        _http = http;
        _token = token;
        _api = new Uri(Gateway, $"ex/jira/{Uri.EscapeDataString(cloudId)}/rest/api/3/");
    }

    /// <summary>The Jira sites the token can reach (how a client learns a site's cloud id).</summary>
    /// <param name="http">The connector's HTTP client.</param>
    /// <param name="token">The OAuth access token.</param>
    /// <param name="ct">Cancels the call.</param>
    public static async Task<IReadOnlyList<JiraSite>> GetSitesAsync(HttpClient http, string token, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(http);
        using var request = NewRequest(HttpMethod.Get, new Uri(Gateway, "oauth/token/accessible-resources"), token, null);
        return await ReadAsync(http, request, Json.IReadOnlyListJiraSite, ct).ConfigureAwait(false) ?? [];
    }

    /// <summary>The user the token belongs to (their time zone is the one Jira reads JQL dates in).</summary>
    /// <param name="ct">Cancels the call.</param>
    public Task<JiraUser?> GetMyselfAsync(CancellationToken ct) => GetAsync("myself", Json.JiraUser, ct);

    /// <summary>Every project the token can see, page after page.</summary>
    /// <param name="ct">Cancels the call.</param>
    public async Task<IReadOnlyList<JiraProject>> GetProjectsAsync(CancellationToken ct)
    {
        var projects = new List<JiraProject>();
        ProjectPage? page;
        do
        {
            page = await GetAsync($"project/search?startAt={projects.Count}&maxResults=50", Json.ProjectPage, ct).ConfigureAwait(false);
            projects.AddRange(page?.Values ?? []);
        }
        while (page is { IsLast: false, Values.Count: > 0 });
        return projects;
    }

    /// <summary>The statuses of a project's workflows, per issue type.</summary>
    /// <param name="projectId">The project.</param>
    /// <param name="ct">Cancels the call.</param>
    public async Task<IReadOnlyList<JiraIssueTypeStatuses>> GetStatusesAsync(string projectId, CancellationToken ct)
        => await GetAsync($"project/{Uri.EscapeDataString(projectId)}/statuses", Json.IReadOnlyListJiraIssueTypeStatuses, ct).ConfigureAwait(false) ?? [];

    /// <summary>The issue types a project offers for new issues.</summary>
    /// <param name="projectId">The project.</param>
    /// <param name="ct">Cancels the call.</param>
    public async Task<IReadOnlyList<JiraIssueType>> GetIssueTypesAsync(string projectId, CancellationToken ct)
        => (await GetAsync($"issue/createmeta/{Uri.EscapeDataString(projectId)}/issuetypes", Json.IssueTypePage, ct).ConfigureAwait(false))?.IssueTypes ?? [];

    /// <summary>One page of the issues <paramref name="jql"/> selects, with <see cref="IssueFields"/> and the rendered description.</summary>
    /// <param name="jql">The query.</param>
    /// <param name="pageToken">The token of the page, or <see langword="null"/> for the first.</param>
    /// <param name="maxResults">The page size.</param>
    /// <param name="ct">Cancels the call.</param>
    public async Task<JiraSearchPage> SearchAsync(string jql, string? pageToken, int maxResults, CancellationToken ct)
    {
        var path = $"search/jql?jql={Uri.EscapeDataString(jql)}&maxResults={maxResults}&fields={IssueFields}&expand=renderedFields"
                   + (pageToken is null ? "" : $"&nextPageToken={Uri.EscapeDataString(pageToken)}");
        return await GetAsync(path, Json.JiraSearchPage, ct).ConfigureAwait(false) ?? new JiraSearchPage([], null, IsLast: true);
    }

    /// <summary>An issue with <see cref="IssueFields"/> and the rendered description, or <see langword="null"/> when it does not exist (any more).</summary>
    /// <param name="issueIdOrKey">The issue.</param>
    /// <param name="ct">Cancels the call.</param>
    public Task<JiraIssue?> FindIssueAsync(string issueIdOrKey, CancellationToken ct)
        => FindAsync($"issue/{Uri.EscapeDataString(issueIdOrKey)}?fields={IssueFields}&expand=renderedFields", Json.JiraIssue, ct);

    /// <summary>One page of an issue's comments, oldest first.</summary>
    /// <param name="issueId">The issue.</param>
    /// <param name="startAt">The index of the first comment.</param>
    /// <param name="ct">Cancels the call.</param>
    public async Task<JiraCommentPage> GetCommentsAsync(string issueId, int startAt, CancellationToken ct)
        => await GetAsync($"issue/{Uri.EscapeDataString(issueId)}/comment?startAt={startAt}&maxResults=100", Json.JiraCommentPage, ct).ConfigureAwait(false)
           ?? new JiraCommentPage(startAt, 0, []);

    /// <summary>The transitions an issue can take now.</summary>
    /// <param name="issueId">The issue.</param>
    /// <param name="ct">Cancels the call.</param>
    public async Task<IReadOnlyList<JiraTransition>> GetTransitionsAsync(string issueId, CancellationToken ct)
        => (await GetAsync($"issue/{Uri.EscapeDataString(issueId)}/transitions", Json.TransitionList, ct).ConfigureAwait(false))?.Transitions ?? [];

    /// <summary>Moves an issue along a transition of its workflow.</summary>
    /// <param name="issueId">The issue.</param>
    /// <param name="transitionId">The transition.</param>
    /// <param name="ct">Cancels the call.</param>
    public Task TransitionAsync(string issueId, string transitionId, CancellationToken ct)
        => SendAsync(HttpMethod.Post, $"issue/{Uri.EscapeDataString(issueId)}/transitions",
            JsonContent.Create(new TransitionRequest(new TransitionRef(transitionId)), Json.TransitionRequest), ct);

    /// <summary>Assigns an issue, or unassigns it.</summary>
    /// <param name="issueId">The issue.</param>
    /// <param name="accountId">The assignee's account id, or <see langword="null"/> to unassign.</param>
    /// <param name="ct">Cancels the call.</param>
    public Task AssignAsync(string issueId, string? accountId, CancellationToken ct)
        => SendAsync(HttpMethod.Put, $"issue/{Uri.EscapeDataString(issueId)}/assignee",
            JsonContent.Create(new AssigneeRequest(accountId), Json.AssigneeRequest), ct);

    /// <summary>The users whose name or email matches <paramref name="query"/>.</summary>
    /// <param name="query">A name or an email.</param>
    /// <param name="ct">Cancels the call.</param>
    public async Task<IReadOnlyList<JiraUser>> FindUsersAsync(string query, CancellationToken ct)
        => await GetAsync($"user/search?query={Uri.EscapeDataString(query)}", Json.IReadOnlyListJiraUser, ct).ConfigureAwait(false) ?? [];

    /// <summary>Adds a comment to an issue.</summary>
    /// <param name="issueId">The issue.</param>
    /// <param name="body">The body.</param>
    /// <param name="plotNoteId">The Plot note it comes from, kept as the comment's <c>plotNoteId</c> property.</param>
    /// <param name="ct">Cancels the call.</param>
    /// <returns>The comment as Jira stored it.</returns>
    public async Task<JiraComment> AddCommentAsync(string issueId, AdfNode body, string? plotNoteId, CancellationToken ct)
        => await SendAsync(HttpMethod.Post, $"issue/{Uri.EscapeDataString(issueId)}/comment",
               JsonContent.Create(new CommentRequest(body, plotNoteId is null ? null : [new EntityProperty("plotNoteId", plotNoteId)]), Json.CommentRequest),
               Json.JiraComment, ct).ConfigureAwait(false)
           ?? throw new JiraApiException($"Jira answered no comment to POST issue/{issueId}/comment.", HttpStatusCode.OK);

    /// <summary>Replaces a comment's body.</summary>
    /// <param name="issueId">The issue.</param>
    /// <param name="commentId">The comment.</param>
    /// <param name="body">The new body.</param>
    /// <param name="ct">Cancels the call.</param>
    /// <returns>The comment as Jira stored it.</returns>
    public async Task<JiraComment> UpdateCommentAsync(string issueId, string commentId, AdfNode body, CancellationToken ct)
        => await SendAsync(HttpMethod.Put, $"issue/{Uri.EscapeDataString(issueId)}/comment/{Uri.EscapeDataString(commentId)}",
               JsonContent.Create(new CommentRequest(body), Json.CommentRequest), Json.JiraComment, ct).ConfigureAwait(false)
           ?? throw new JiraApiException($"Jira answered no comment to PUT issue/{issueId}/comment/{commentId}.", HttpStatusCode.OK);

    /// <summary>Replaces an issue's description.</summary>
    /// <param name="issueId">The issue.</param>
    /// <param name="description">The new description.</param>
    /// <param name="ct">Cancels the call.</param>
    public Task UpdateDescriptionAsync(string issueId, AdfNode description, CancellationToken ct)
        => SendAsync(HttpMethod.Put, $"issue/{Uri.EscapeDataString(issueId)}",
            JsonContent.Create(new EditDescriptionRequest(new DescriptionFields(description)), Json.EditDescriptionRequest), ct);

    /// <summary>Creates an issue.</summary>
    /// <param name="projectId">The project.</param>
    /// <param name="issueTypeId">The issue type.</param>
    /// <param name="summary">The summary.</param>
    /// <param name="description">The description, if any.</param>
    /// <param name="ct">Cancels the call.</param>
    /// <returns>The new issue's id.</returns>
    public async Task<string> CreateIssueAsync(string projectId, string issueTypeId, string summary, AdfNode? description, CancellationToken ct)
        => (await SendAsync(HttpMethod.Post, "issue",
               JsonContent.Create(new NewIssueRequest(new NewIssueFields(summary, new IdRef(projectId), new IdRef(issueTypeId), description)), Json.NewIssueRequest),
               Json.CreatedIssue, ct).ConfigureAwait(false))?.Id
           ?? throw new JiraApiException("Jira answered no issue to POST issue.", HttpStatusCode.OK);

    /// <summary>Registers a dynamic webhook (it lives 30 days unless refreshed).</summary>
    /// <param name="url">Where Jira delivers.</param>
    /// <param name="jqlFilter">The issues it is about.</param>
    /// <param name="events">The events it delivers.</param>
    /// <param name="ct">Cancels the call.</param>
    /// <returns>The webhook's id.</returns>
    /// <exception cref="JiraApiException">Jira refused the registration; the message has its reasons.</exception>
    public async Task<int> RegisterWebhookAsync(string url, string jqlFilter, IReadOnlyList<string> events, CancellationToken ct)
    {
        var answer = await SendAsync(HttpMethod.Post, "webhook",
            JsonContent.Create(new RegisterWebhookRequest(url, [new WebhookFilter(jqlFilter, events)]), Json.RegisterWebhookRequest),
            Json.WebhookRegistrations, ct).ConfigureAwait(false);
        var result = answer?.WebhookRegistrationResult.FirstOrDefault();
        return result?.CreatedWebhookId
               ?? throw new JiraApiException($"Jira did not register the webhook for '{jqlFilter}': {string.Join("; ", result?.Errors ?? ["no result"])}", HttpStatusCode.OK);
    }

    /// <summary>Extends a webhook's life by 30 days.</summary>
    /// <param name="webhookId">The webhook.</param>
    /// <param name="ct">Cancels the call.</param>
    /// <returns><see langword="false"/> when Jira no longer has it (it expired or was deleted): register it again.</returns>
    public async Task<bool> RefreshWebhookAsync(int webhookId, CancellationToken ct)
    {
        using var request = NewRequest(HttpMethod.Put, new Uri(_api, "webhook/refresh"), _token, JsonContent.Create(new WebhookIdList([webhookId]), Json.WebhookIdList));
        using var response = await _http.SendAsync(request, ct).ConfigureAwait(false);
        if (response.StatusCode is HttpStatusCode.BadRequest or HttpStatusCode.NotFound) return false;
        await EnsureSuccessAsync(request, response, ct).ConfigureAwait(false);
        return true;
    }

    /// <summary>Deletes a webhook; an unknown one is not an error.</summary>
    /// <param name="webhookId">The webhook.</param>
    /// <param name="ct">Cancels the call.</param>
    public Task DeleteWebhookAsync(int webhookId, CancellationToken ct)
        => SendAsync(HttpMethod.Delete, "webhook", JsonContent.Create(new WebhookIdList([webhookId]), Json.WebhookIdList), ct);

    private async Task<T?> GetAsync<T>(string path, JsonTypeInfo<T> typeInfo, CancellationToken ct)
    {
        using var request = NewRequest(HttpMethod.Get, new Uri(_api, path), _token, null);
        return await ReadAsync(_http, request, typeInfo, ct).ConfigureAwait(false);
    }

    private async Task<T?> FindAsync<T>(string path, JsonTypeInfo<T> typeInfo, CancellationToken ct)
        where T : class
    {
        using var request = NewRequest(HttpMethod.Get, new Uri(_api, path), _token, null);
        using var response = await _http.SendAsync(request, ct).ConfigureAwait(false);
        if (response.StatusCode == HttpStatusCode.NotFound) return null;
        await EnsureSuccessAsync(request, response, ct).ConfigureAwait(false);
        return await response.Content.ReadFromJsonAsync(typeInfo, ct).ConfigureAwait(false);
    }

    private async Task SendAsync(HttpMethod method, string path, HttpContent body, CancellationToken ct)
    {
        using var request = NewRequest(method, new Uri(_api, path), _token, body);
        using var response = await _http.SendAsync(request, ct).ConfigureAwait(false);
        await EnsureSuccessAsync(request, response, ct).ConfigureAwait(false);
    }

    private async Task<T?> SendAsync<T>(HttpMethod method, string path, HttpContent body, JsonTypeInfo<T> typeInfo, CancellationToken ct)
    {
        using var request = NewRequest(method, new Uri(_api, path), _token, body);
        return await ReadAsync(_http, request, typeInfo, ct).ConfigureAwait(false);
    }

    private static async Task<T?> ReadAsync<T>(HttpClient http, HttpRequestMessage request, JsonTypeInfo<T> typeInfo, CancellationToken ct)
    {
        using var response = await http.SendAsync(request, ct).ConfigureAwait(false);
        await EnsureSuccessAsync(request, response, ct).ConfigureAwait(false);
        return await response.Content.ReadFromJsonAsync(typeInfo, ct).ConfigureAwait(false);
    }

    /// <summary>Throws a <see cref="JiraApiException"/> naming the request and Jira's messages for an unsuccessful answer.</summary>
    private static async Task EnsureSuccessAsync(HttpRequestMessage request, HttpResponseMessage response, CancellationToken ct)
    {
        if (response.IsSuccessStatusCode) return;
        var text = await response.Content.ReadAsStringAsync(ct).ConfigureAwait(false);
        string reasons;
        try
        {
            var errors = JsonSerializer.Deserialize(text, Json.JiraErrorCollection);
            reasons = string.Join("; ", (errors?.ErrorMessages ?? []).Concat((errors?.Errors ?? new Dictionary<string, string>()).Select(e => $"{e.Key}: {e.Value}")));
        }
        catch (JsonException)
        {
            reasons = text;
        }
        var path = request.RequestUri?.PathAndQuery ?? "";
        throw new JiraApiException($"Jira answered {(int)response.StatusCode} {response.ReasonPhrase} to {request.Method} {path}: {(reasons.Length > 0 ? reasons : text)}", response.StatusCode);
    }

    private static HttpRequestMessage NewRequest(HttpMethod method, Uri uri, string token, HttpContent? body)
    {
        var request = new HttpRequestMessage(method, uri) { Content = body };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return request;
    }
}
