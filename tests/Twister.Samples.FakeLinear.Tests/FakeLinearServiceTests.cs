using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Twister.Samples.FakeLinear.Data;

namespace Twister.Samples.FakeLinear.Tests;

public sealed class FakeLinearServiceTests : IAsyncLifetime
{
    private readonly FakeLinearService _service = new(FakeLinearData.Seed(teams: 2, issuesPerTeam: 7));
    private readonly HttpClient _client = new();

    public async Task InitializeAsync()
    {
        await _service.StartAsync();
        _client.BaseAddress = _service.BaseAddress;
        _client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", _service.Token);
    }

    public async Task DisposeAsync()
    {
        _client.Dispose();
        await _service.DisposeAsync();
    }

    [Fact]
    public async Task Requests_without_the_bearer_token_get_401()
    {
        using var anonymous = new HttpClient { BaseAddress = _service.BaseAddress };

        using var response = await anonymous.GetAsync("teams");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("127.0.0.1", _service.BaseAddress.Host);
    }

    [Fact]
    public async Task Teams_and_paged_issues_come_back_as_camel_case_json()
    {
        var teams = await GetJsonAsync("teams");
        var teamId = teams.GetProperty("teams")[0].GetProperty("id").GetString();

        var page = await GetJsonAsync($"teams/{teamId}/issues?first=5");
        var next = await GetJsonAsync($"teams/{teamId}/issues?first=5&after={page.GetProperty("pageInfo").GetProperty("endCursor").GetString()}");

        Assert.Equal(2, teams.GetProperty("teams").GetArrayLength());
        Assert.Equal(5, page.GetProperty("nodes").GetArrayLength());
        Assert.True(page.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean());
        Assert.Equal(2, next.GetProperty("nodes").GetArrayLength());
        Assert.False(next.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean());
        var issue = page.GetProperty("nodes")[0];
        foreach (var name in new[] { "id", "identifier", "title", "description", "descriptionHtml", "url", "status", "createdAt", "updatedAt", "completedAt" })
            Assert.True(issue.TryGetProperty(name, out _), name);
        Assert.False(issue.TryGetProperty("teamId", out _));
    }

    [Fact]
    public async Task Comments_created_over_http_are_readable_by_the_demo_and_issues_404_when_missing()
    {
        var issueId = _service.Data.GetIssues(_service.Data.Teams[0].Id, null, 1).Nodes[0].Id;

        using var created = await _client.PostAsJsonAsync($"issues/{issueId}/comments", new { body = "From Plot" });
        using var missing = await _client.GetAsync("issues/00000000-0000-0000-0000-000000000000");

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal("From Plot", Assert.Single(_service.Data.GetComments(issueId)).Body);
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
    }

    [Fact]
    public async Task Webhooks_register_and_delete_and_payloads_describe_the_current_issue()
    {
        var teamId = _service.Data.Teams[0].Id;
        using var created = await _client.PostAsJsonAsync("webhooks", new { url = "https://example.test/hook", teamId });
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString();
        var issue = _service.Data.GetIssues(teamId, null, 1).Nodes[0];
        _service.Data.EditIssue(issue.Id, title: "Edited");

        using var payload = JsonDocument.Parse(_service.BuildWebhookPayload(issue.Id));
        using var deleted = await _client.DeleteAsync($"webhooks/{id}");
        using var again = await _client.DeleteAsync($"webhooks/{id}");

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal("Issue", payload.RootElement.GetProperty("type").GetString());
        Assert.Equal("update", payload.RootElement.GetProperty("action").GetString());
        Assert.Equal("Edited", payload.RootElement.GetProperty("data").GetProperty("title").GetString());
        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, again.StatusCode);
    }

    private async Task<JsonElement> GetJsonAsync(string path) => await _client.GetFromJsonAsync<JsonElement>(path);
}
