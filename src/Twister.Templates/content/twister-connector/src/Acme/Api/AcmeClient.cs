using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Serialization.Metadata;

namespace Acme.Api;

/// <summary>
/// A small typed client of Acme's REST API. It sends through the connector's <c>Tools.Network.Http</c>, so every
/// request passes the <c>[NetworkAccess]</c> allowlist and counts against the execution's request budget.
/// </summary>
/// <param name="http">The connector's HTTP client.</param>
/// <param name="token">The API token.</param>
public sealed class AcmeClient(HttpClient http, string token)
{
    /// <summary>The API's origin, as the connector's allowlist names it.</summary>
    public const string Origin = "https://api.acme.example";

    /// <summary>Tickets per page of the initial sync.</summary>
    public const int PageSize = 25;

    private static readonly Uri BaseAddress = new(Origin + "/v1/");

    /// <summary>The projects the token can see.</summary>
    /// <param name="ct">Cancels the call.</param>
    public async Task<IReadOnlyList<AcmeProject>> GetProjectsAsync(CancellationToken ct)
        => (await SendAsync(HttpMethod.Get, "projects", null, AcmeJsonContext.Default.AcmeProjectList, ct).ConfigureAwait(false))?.Projects ?? [];

    /// <summary>One page of a project's tickets.</summary>
    /// <param name="projectId">The project.</param>
    /// <param name="cursor">The previous page's <see cref="AcmeTicketPage.NextCursor"/>, or <see langword="null"/> for the first page.</param>
    /// <param name="ct">Cancels the call.</param>
    public async Task<AcmeTicketPage> GetTicketsAsync(string projectId, string? cursor, CancellationToken ct)
    {
        var path = $"projects/{Uri.EscapeDataString(projectId)}/tickets?limit={PageSize}" + (cursor is null ? "" : $"&cursor={Uri.EscapeDataString(cursor)}");
        return await SendAsync(HttpMethod.Get, path, null, AcmeJsonContext.Default.AcmeTicketPage, ct).ConfigureAwait(false) ?? new([], null);
    }

    /// <summary>Adds a comment to a ticket.</summary>
    /// <param name="ticketId">The ticket.</param>
    /// <param name="body">The text.</param>
    /// <param name="ct">Cancels the call.</param>
    public Task<AcmeComment?> CreateCommentAsync(string ticketId, string body, CancellationToken ct)
        => SendAsync(HttpMethod.Post, $"tickets/{Uri.EscapeDataString(ticketId)}/comments",
            JsonContent.Create(new NewAcmeComment(body), AcmeJsonContext.Default.NewAcmeComment), AcmeJsonContext.Default.AcmeComment, ct);

    /// <summary>Changes a ticket's status.</summary>
    /// <param name="ticketId">The ticket.</param>
    /// <param name="status">The new status id.</param>
    /// <param name="ct">Cancels the call.</param>
    public Task<AcmeTicket?> UpdateStatusAsync(string ticketId, string status, CancellationToken ct)
        => SendAsync(HttpMethod.Patch, $"tickets/{Uri.EscapeDataString(ticketId)}",
            JsonContent.Create(new AcmeTicketChange(status), AcmeJsonContext.Default.AcmeTicketChange), AcmeJsonContext.Default.AcmeTicket, ct);

    /// <summary>Registers a webhook for a project's ticket events.</summary>
    /// <param name="url">Where Acme delivers.</param>
    /// <param name="projectId">The project.</param>
    /// <param name="ct">Cancels the call.</param>
    /// <returns>The webhook's id at Acme.</returns>
    public async Task<string?> CreateWebhookAsync(string url, string projectId, CancellationToken ct)
        => (await SendAsync(HttpMethod.Post, "webhooks",
            JsonContent.Create(new NewAcmeWebhook(url, projectId), AcmeJsonContext.Default.NewAcmeWebhook), AcmeJsonContext.Default.AcmeWebhook, ct).ConfigureAwait(false))?.Id;

    /// <summary>Deletes a webhook; one already gone is not an error.</summary>
    /// <param name="webhookId">The webhook's id at Acme.</param>
    /// <param name="ct">Cancels the call.</param>
    public async Task DeleteWebhookAsync(string webhookId, CancellationToken ct)
    {
        using var request = NewRequest(HttpMethod.Delete, $"webhooks/{Uri.EscapeDataString(webhookId)}", null);
        using var response = await http.SendAsync(request, ct).ConfigureAwait(false);
        if (response.StatusCode != HttpStatusCode.NotFound) response.EnsureSuccessStatusCode();
    }

    private async Task<T?> SendAsync<T>(HttpMethod method, string path, HttpContent? body, JsonTypeInfo<T> typeInfo, CancellationToken ct)
    {
        using var request = NewRequest(method, path, body);
        using var response = await http.SendAsync(request, ct).ConfigureAwait(false);
        if (response.StatusCode == HttpStatusCode.NotFound) return default;
        response.EnsureSuccessStatusCode();
        return await response.Content.ReadFromJsonAsync(typeInfo, ct).ConfigureAwait(false);
    }

    private HttpRequestMessage NewRequest(HttpMethod method, string path, HttpContent? body)
    {
        var request = new HttpRequestMessage(method, new Uri(BaseAddress, path)) { Content = body };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return request;
    }
}
