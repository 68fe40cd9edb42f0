using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace Twister.Hosting.Tests.TestConnectors;

/// <summary>A minimal client of the fake Linear API, addressed by its real origin (the host maps it to loopback).</summary>
internal sealed class LinearApi(HttpClient http, string token)
{
    public const string Origin = "https://api.linear.app";

    /// <summary>The token it calls with (unique per fake service in these tests, so crash points armed by one test never fire in another).</summary>
    public string Token => token;

    public async Task<JsonElement> GetAsync(string path, CancellationToken ct)
    {
        using var request = Request(HttpMethod.Get, path);
        return await SendAsync(request, ct);
    }

    public async Task<JsonElement> PostAsync(string path, object body, CancellationToken ct)
    {
        using var request = Request(HttpMethod.Post, path);
        request.Content = JsonContent.Create(body);
        return await SendAsync(request, ct);
    }

    private HttpRequestMessage Request(HttpMethod method, string path)
    {
        var request = new HttpRequestMessage(method, Origin + path);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return request;
    }

    private async Task<JsonElement> SendAsync(HttpRequestMessage request, CancellationToken ct)
    {
        using var response = await http.SendAsync(request, ct);
        response.EnsureSuccessStatusCode();
        using var document = JsonDocument.Parse(await response.Content.ReadAsStreamAsync(ct));
        return document.RootElement.Clone();
    }
}
