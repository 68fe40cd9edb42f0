using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Serialization.Metadata;

namespace Twister.Samples.Linear.Api;

/// <summary>
/// A small typed client of the Linear-like REST API (<c>https://api.linear.app/</c>). It uses the
/// connector's <c>Network</c> HTTP client, so every request passes the allowlist and the budget.
/// </summary>
public sealed class LinearClient
{
    /// <summary>The API's base address, as named in the connector's allowlist.</summary>
    public static readonly Uri BaseAddress = new("https://api.linear.app/");

    private readonly HttpClient _http;
    private readonly string _token;

    /// <summary>Creates a client that authenticates with <paramref name="token"/>.</summary>
    /// <param name="http">The connector's HTTP client.</param>
    /// <param name="token">The OAuth access token.</param>
    public LinearClient(HttpClient http, string token)
    {
        _http = http;
        _token = token;
    }

    /// <summary>Lists the teams the token can see.</summary>
    /// <param name="ct">Cancels the call.</param>
    public async Task<IReadOnlyList<LinearTeam>> GetTeamsAsync(CancellationToken ct)
        => (await SendAsync(HttpMethod.Get, "teams", null, LinearJsonContext.Default.TeamsResponse, ct).ConfigureAwait(false))?.Teams ?? [];

    /// <summary>Reads one page of a team's issues.</summary>
    /// <param name="teamId">The team.</param>
    /// <param name="after">The cursor of the previous page, or <see langword="null"/> for the first.</param>
    /// <param name="ct">Cancels the call.</param>
    public async Task<LinearIssuePage> GetIssuesAsync(string teamId, string? after, CancellationToken ct)
    {
        var path = $"teams/{Uri.EscapeDataString(teamId)}/issues?first=50" + (after is null ? "" : $"&after={Uri.EscapeDataString(after)}");
        return await SendAsync(HttpMethod.Get, path, null, LinearJsonContext.Default.LinearIssuePage, ct).ConfigureAwait(false)
               ?? new LinearIssuePage([], new LinearPageInfo(false, null));
    }

    /// <summary>Creates an issue in a team.</summary>
    /// <param name="teamId">The team.</param>
    /// <param name="title">The title.</param>
    /// <param name="description">The description, if any.</param>
    /// <param name="status">The initial status id.</param>
    /// <param name="ct">Cancels the call.</param>
    public Task<LinearIssue?> CreateIssueAsync(string teamId, string title, string? description, string? status, CancellationToken ct)
        => SendAsync(HttpMethod.Post, $"teams/{Uri.EscapeDataString(teamId)}/issues",
            JsonContent.Create(new CreateIssueRequest(title, description, status), LinearJsonContext.Default.CreateIssueRequest),
            LinearJsonContext.Default.LinearIssue, ct);

    /// <summary>Adds a comment to an issue.</summary>
    /// <param name="issueId">The issue's immutable id.</param>
    /// <param name="body">The comment text.</param>
    /// <param name="ct">Cancels the call.</param>
    public Task<LinearComment?> CreateCommentAsync(string issueId, string body, CancellationToken ct)
        => SendAsync(HttpMethod.Post, $"issues/{Uri.EscapeDataString(issueId)}/comments",
            JsonContent.Create(new CreateCommentRequest(body), LinearJsonContext.Default.CreateCommentRequest),
            LinearJsonContext.Default.LinearComment, ct);

    /// <summary>Changes a comment's text.</summary>
    /// <param name="commentId">The comment.</param>
    /// <param name="body">The new text.</param>
    /// <param name="ct">Cancels the call.</param>
    public Task<LinearComment?> UpdateCommentAsync(string commentId, string body, CancellationToken ct)
        => SendAsync(HttpMethod.Patch, $"comments/{Uri.EscapeDataString(commentId)}",
            JsonContent.Create(new CreateCommentRequest(body), LinearJsonContext.Default.CreateCommentRequest),
            LinearJsonContext.Default.LinearComment, ct);

    /// <summary>Registers a webhook for a team's issue events.</summary>
    /// <param name="url">Where to deliver.</param>
    /// <param name="teamId">The team.</param>
    /// <param name="ct">Cancels the call.</param>
    /// <returns>The webhook id, or <see langword="null"/> when the API returned none.</returns>
    public async Task<string?> CreateWebhookAsync(string url, string teamId, CancellationToken ct)
        => (await SendAsync(HttpMethod.Post, "webhooks",
            JsonContent.Create(new CreateWebhookRequest(url, teamId), LinearJsonContext.Default.CreateWebhookRequest),
            LinearJsonContext.Default.WebhookCreated, ct).ConfigureAwait(false))?.Id;

    /// <summary>Deletes a webhook; a webhook that is already gone is not an error.</summary>
    /// <param name="webhookId">The webhook.</param>
    /// <param name="ct">Cancels the call.</param>
    public async Task DeleteWebhookAsync(string webhookId, CancellationToken ct)
    {
        using var request = NewRequest(HttpMethod.Delete, $"webhooks/{Uri.EscapeDataString(webhookId)}", null);
        using var response = await _http.SendAsync(request, ct).ConfigureAwait(false);
        if (response.StatusCode != HttpStatusCode.NotFound) response.EnsureSuccessStatusCode();
    }

    private async Task<T?> SendAsync<T>(HttpMethod method, string path, HttpContent? body, JsonTypeInfo<T> typeInfo, CancellationToken ct)
    {
        using var request = NewRequest(method, path, body);
        using var response = await _http.SendAsync(request, ct).ConfigureAwait(false);
        if (response.StatusCode == HttpStatusCode.NotFound) return default;
        response.EnsureSuccessStatusCode();
        return await response.Content.ReadFromJsonAsync(typeInfo, ct).ConfigureAwait(false);
    }

    private HttpRequestMessage NewRequest(HttpMethod method, string path, HttpContent? body)
    {
        var request = new HttpRequestMessage(method, new Uri(BaseAddress, path)) { Content = body };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", _token);
        return request;
    }
}
