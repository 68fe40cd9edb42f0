namespace Twister.Samples.Broken.Fixable;

/// <summary>The service's API client: the connector's calls reach it, so its URLs are checked against the connector's allowlist.</summary>
internal sealed class TicketClient(HttpClient http)
{
    private static readonly Uri Api = new("https://api.tickets.example/");

    public async Task<string> RegisterWebhookAsync(string url, CancellationToken ct)
    {
        using var response = await http.PostAsync(new Uri(Api, "webhooks"), new StringContent(url), ct);
        return await response.Content.ReadAsStringAsync(ct);
    }

    public async Task DeleteWebhookAsync(string url, CancellationToken ct)
    {
        using var response = await http.DeleteAsync(new Uri(Api, "webhooks?url=" + Uri.EscapeDataString(url)), ct);
    }

    public async Task<IReadOnlyList<Ticket>> ListTicketsAsync(string teamId, CancellationToken ct)
    {
        _ = await http.GetStringAsync(new Uri(Api, $"teams/{teamId}/tickets"), ct);
        return [];
    }

    public async Task<string> CreateTicketAsync(string title, CancellationToken ct)
    {
        using var response = await http.PostAsync(new Uri(Api, "tickets"), new StringContent(title), ct);
        return await response.Content.ReadAsStringAsync(ct);
    }

    public async Task<string> AddCommentAsync(string ticketId, string body, CancellationToken ct)
    {
        // TWIST4008: attachments and comments live on another host, which [NetworkAccess] does not list.
        using var response = await http.PostAsync($"https://uploads.tickets.example/comments/{ticketId}", new StringContent(body), ct);
        return await response.Content.ReadAsStringAsync(ct);
    }
}
