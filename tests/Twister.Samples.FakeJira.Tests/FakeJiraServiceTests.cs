using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Twister.Samples.FakeJira.Data;

namespace Twister.Samples.FakeJira.Tests;

public sealed class FakeJiraServiceTests : IAsyncLifetime
{
    private readonly FakeJiraService _service = new(FakeJiraData.Seed());
    private readonly HttpClient _client = new();

    public async Task InitializeAsync()
    {
        await _service.StartAsync();
        _client.BaseAddress = _service.ApiAddress;
        _client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", _service.Token);
    }

    public async Task DisposeAsync()
    {
        _client.Dispose();
        await _service.DisposeAsync();
    }

    [Fact]
    public async Task Requests_without_the_token_get_401_and_an_unknown_cloud_id_404()
    {
        using var anonymous = new HttpClient { BaseAddress = _service.ApiAddress };

        using var refused = await anonymous.GetAsync("myself");
        using var otherSite = await _client.GetAsync(new Uri(_service.BaseAddress, "ex/jira/not-this-site/rest/api/3/myself"));
        var sites = await _client.GetFromJsonAsync<JsonElement>(new Uri(_service.BaseAddress, "oauth/token/accessible-resources"));

        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
        Assert.Equal(401, (await refused.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetInt32());
        Assert.Equal(HttpStatusCode.NotFound, otherSite.StatusCode);
        Assert.Equal(_service.Data.CloudId, sites[0].GetProperty("id").GetString());
        Assert.Equal("127.0.0.1", _service.BaseAddress.Host);
    }

    [Fact]
    public async Task Projects_come_with_their_workflow_statuses_and_issue_types()
    {
        var projects = await GetAsync("project/search?maxResults=100");
        var id = projects.GetProperty("values")[0].GetProperty("id").GetString();

        var statuses = await GetAsync($"project/{id}/statuses");
        var types = await GetAsync($"issue/createmeta/{id}/issuetypes");
        using var missing = await _client.GetAsync("project/NOPE/statuses");

        Assert.Equal(2, projects.GetProperty("total").GetInt32());
        Assert.True(projects.GetProperty("isLast").GetBoolean());
        Assert.Equal("PLAT", projects.GetProperty("values")[0].GetProperty("key").GetString());
        var categories = statuses[0].GetProperty("statuses").EnumerateArray().Select(s => s.GetProperty("statusCategory").GetProperty("key").GetString()).ToList();
        Assert.Equal(["new", "indeterminate", "indeterminate", "done"], categories);
        Assert.Contains(types.GetProperty("issueTypes").EnumerateArray(), t => t.GetProperty("name").GetString() == "Task" && !t.GetProperty("subtask").GetBoolean());
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Contains("NOPE", (await missing.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errorMessages")[0].GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Offset_search_pages_through_every_issue_once_with_a_total_and_only_the_requested_fields()
    {
        const string jql = "project = 10000 AND created >= \"2025-03-01\" ORDER BY created ASC";
        var seen = new List<string>();
        int total;
        var startAt = 0;
        do
        {
            var page = await GetAsync($"search?jql={Uri.EscapeDataString(jql)}&startAt={startAt}&maxResults=5&fields=summary,status,assignee,comment");
            total = page.GetProperty("total").GetInt32();
            foreach (var issue in page.GetProperty("issues").EnumerateArray())
            {
                seen.Add(issue.GetProperty("id").GetString()!);
                Assert.Equal(["assignee", "comment", "status", "summary"], issue.GetProperty("fields").EnumerateObject().Select(p => p.Name).Order());
                Assert.False(issue.TryGetProperty("renderedFields", out _));
            }
            startAt += 5;
        }
        while (startAt < total);

        Assert.Equal(12, total);
        Assert.Equal(12, seen.Distinct().Count());
        Assert.Equal(seen.OrderBy(long.Parse), seen);
    }

    [Fact]
    public async Task Token_search_ends_with_is_last_and_no_token_and_refuses_a_token_of_another_query()
    {
        const string jql = "project = MOB ORDER BY updated DESC";
        var first = await GetAsync($"search/jql?jql={Uri.EscapeDataString(jql)}&maxResults=10");
        var token = first.GetProperty("nextPageToken").GetString()!;
        var last = await GetAsync($"search/jql?jql={Uri.EscapeDataString(jql)}&maxResults=10&nextPageToken={Uri.EscapeDataString(token)}");
        using var posted = await _client.PostAsJsonAsync("search/jql", new { jql, maxResults = 50, fields = new[] { "summary" } });
        using var foreign = await _client.GetAsync($"search/jql?jql={Uri.EscapeDataString("project = PLAT")}&nextPageToken={Uri.EscapeDataString(token)}");
        using var badJql = await _client.GetAsync($"search?jql={Uri.EscapeDataString("labels = urgent")}");

        Assert.False(first.GetProperty("isLast").GetBoolean());
        Assert.Equal(2, last.GetProperty("issues").GetArrayLength());
        Assert.True(last.GetProperty("isLast").GetBoolean());
        Assert.False(last.TryGetProperty("nextPageToken", out _));
        Assert.Equal(12, (await posted.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("issues").GetArrayLength());
        Assert.Equal(HttpStatusCode.BadRequest, foreign.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, badJql.StatusCode);
        Assert.Contains("labels = urgent", (await badJql.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errorMessages")[0].GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_issue_has_ids_people_adf_and_rendered_html_and_unknown_issues_404()
    {
        var issue = await GetAsync("issue/PLAT-1?expand=renderedFields");
        var unassigned = await GetAsync("issue/PLAT-3");
        using var missing = await _client.GetAsync("issue/PLAT-999");

        var fields = issue.GetProperty("fields");
        Assert.Equal("10100", issue.GetProperty("id").GetString());
        Assert.Equal("PLAT-1", issue.GetProperty("key").GetString());
        Assert.Equal("new", fields.GetProperty("status").GetProperty("statusCategory").GetProperty("key").GetString());
        Assert.Equal(_service.Data.Users[1].AccountId, fields.GetProperty("reporter").GetProperty("accountId").GetString());
        Assert.StartsWith("https://", fields.GetProperty("assignee").GetProperty("avatarUrls").GetProperty("48x48").GetString(), StringComparison.Ordinal);
        Assert.Equal("doc", fields.GetProperty("description").GetProperty("type").GetString());
        Assert.Equal("<p>Customers report this on <b>every</b> release.</p><ul><li><p>Seen in build 100</p></li><li><p>Affects web and mobile</p></li></ul><p>Workaround: <em>restart the app</em>.</p>",
            issue.GetProperty("renderedFields").GetProperty("description").GetString());
        Assert.Matches(@"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}\+0000$", fields.GetProperty("updated").GetString()!);
        Assert.Equal(JsonValueKind.Null, unassigned.GetProperty("fields").GetProperty("assignee").ValueKind);
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Equal("Issue does not exist or you do not have permission to see it.", (await missing.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errorMessages")[0].GetString());
    }

    [Fact]
    public async Task Issues_are_created_edited_assigned_and_transitioned_like_the_connector_does()
    {
        var plat = _service.Data.Projects[0].Id;
        using var created = await _client.PostAsJsonAsync("issue", new
        {
            fields = new { summary = "From Plot", project = new { id = plat }, issuetype = new { id = "10001" }, description = Adf("Hello\n\nWorld") },
        });
        var key = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("key").GetString()!;
        using var stringDescription = await _client.PostAsJsonAsync("issue", new { fields = new { summary = "x", project = new { id = plat }, issuetype = new { id = "10001" }, description = "plain" } });
        var grace = _service.Data.Users[1].AccountId;
        using var edited = await _client.PutAsJsonAsync($"issue/{key}", new { fields = new { summary = "Renamed", assignee = new { id = grace } } });
        var assigneeAfterEdit = _service.Data.GetIssue(key)!.AssigneeId;
        using var badAssignee = await _client.PutAsJsonAsync($"issue/{key}", new { fields = new { assignee = new { id = "nobody" } } });
        var transitions = await GetAsync($"issue/{key}/transitions");
        var toDone = transitions.GetProperty("transitions").EnumerateArray().First(t => t.GetProperty("to").GetProperty("statusCategory").GetProperty("key").GetString() == "done").GetProperty("id").GetString();
        using var transitioned = await _client.PostAsJsonAsync($"issue/{key}/transitions", new { transition = new { id = toDone } });
        using var invalid = await _client.PostAsJsonAsync($"issue/{key}/transitions", new { transition = new { id = "41" } });
        using var unassigned = await _client.PutAsync($"issue/{key}", JsonContent.Create(JsonDocument.Parse("""{"fields":{"assignee":null}}""").RootElement));

        var issue = _service.Data.GetIssue(key)!;
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal("PLAT-13", key);
        Assert.Equal("Hello\n\nWorld", issue.Description!.ToPlainText());
        Assert.Equal(HttpStatusCode.BadRequest, stringDescription.StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, edited.StatusCode);
        Assert.Equal("Renamed", issue.Summary);
        Assert.Equal(HttpStatusCode.BadRequest, badAssignee.StatusCode);
        Assert.True((await badAssignee.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("assignee", out _));
        Assert.Equal(3, transitions.GetProperty("transitions").GetArrayLength());
        Assert.Equal(HttpStatusCode.NoContent, transitioned.StatusCode);
        Assert.Equal("10002", issue.StatusId);
        Assert.Equal(HttpStatusCode.BadRequest, invalid.StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, unassigned.StatusCode);
        Assert.Null(issue.AssigneeId);
        Assert.Equal(grace, assigneeAfterEdit);
        Assert.Equal(_service.Data.Users[0].AccountId, (await _client.GetFromJsonAsync<JsonElement>("user/search?query=ada@example.com"))[0].GetProperty("accountId").GetString());
    }

    [Fact]
    public async Task Comments_are_listed_with_rendered_bodies_created_with_properties_updated_and_deleted()
    {
        using var created = await _client.PostAsJsonAsync("issue/MOB-2/comment", new { body = Adf("From Plot"), properties = new[] { new { key = "plotNoteId", value = "note-1" } } });
        var comment = await created.Content.ReadFromJsonAsync<JsonElement>();
        var id = comment.GetProperty("id").GetString();
        using var updated = await _client.PutAsJsonAsync($"issue/MOB-2/comment/{id}", new { body = Adf("Edited in Plot") });
        var list = await GetAsync("issue/MOB-2/comment?expand=renderedBody");
        using var stringBody = await _client.PostAsJsonAsync("issue/MOB-2/comment", new { body = "plain" });
        using var deleted = await _client.DeleteAsync($"issue/MOB-2/comment/{id}");
        using var again = await _client.DeleteAsync($"issue/MOB-2/comment/{id}");

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal(_service.Data.CurrentUser.AccountId, comment.GetProperty("author").GetProperty("accountId").GetString());
        Assert.Equal("note-1", comment.GetProperty("properties")[0].GetProperty("value").GetString());
        Assert.Equal(HttpStatusCode.OK, updated.StatusCode);
        var last = list.GetProperty("comments").EnumerateArray().Last();
        Assert.Equal(2, list.GetProperty("total").GetInt32());
        Assert.Equal("<p>Edited in Plot</p>", last.GetProperty("renderedBody").GetString());
        Assert.Equal(HttpStatusCode.BadRequest, stringBody.StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, again.StatusCode);
    }

    [Fact]
    public async Task Dynamic_webhooks_register_list_refresh_and_delete_and_bad_registrations_report_errors()
    {
        using var registered = await _client.PostAsJsonAsync("webhook", new
        {
            url = "https://example.test/hook?secret=s",
            webhooks = new object[]
            {
                new { jqlFilter = "project = 10000", events = new[] { "jira:issue_updated", "comment_created" } },
                new { jqlFilter = "project = 10000", events = new[] { "sprint_started" } },
            },
        });
        var results = (await registered.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("webhookRegistrationResult");
        var id = results[0].GetProperty("createdWebhookId").GetInt32();
        var listed = await GetAsync("webhook");
        using var refreshed = await _client.PutAsJsonAsync("webhook/refresh", new { webhookIds = new[] { id } });
        using var deleted = await _client.SendAsync(new HttpRequestMessage(HttpMethod.Delete, "webhook") { Content = JsonContent.Create(new { webhookIds = new[] { id } }) });
        using var refreshGone = await _client.PutAsJsonAsync("webhook/refresh", new { webhookIds = new[] { id } });

        Assert.True(results[1].GetProperty("errors").GetArrayLength() > 0);
        Assert.Equal(id, Assert.Single(listed.GetProperty("values").EnumerateArray()).GetProperty("id").GetInt32());
        Assert.True((await refreshed.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("expirationDate").GetInt64() > 0);
        Assert.Equal(HttpStatusCode.Accepted, deleted.StatusCode);
        Assert.Empty(_service.Data.Webhooks);
        Assert.Equal(HttpStatusCode.BadRequest, refreshGone.StatusCode);
    }

    [Fact]
    public void Webhook_payloads_are_shaped_like_jiras_and_carry_a_move_in_the_changelog()
    {
        var hook = _service.Data.RegisterWebhook("https://example.test/hook", "project = MOB", ["jira:issue_updated", "comment_created"]);
        _service.Data.MoveIssue("PLAT-2", "MOB");
        var comment = _service.Data.AddComment("MOB-13", Model.AdfNode.FromText("Moved, see here"), properties: [new("plotNoteId", "\"n-7\"")])!;

        using var issueEvent = JsonDocument.Parse(_service.BuildIssueEvent("PLAT-2"));
        using var commentEvent = JsonDocument.Parse(_service.BuildCommentEvent("MOB-13", comment.Id));

        var root = issueEvent.RootElement;
        Assert.Equal("jira:issue_updated", root.GetProperty("webhookEvent").GetString());
        Assert.Equal("MOB-13", root.GetProperty("issue").GetProperty("key").GetString());
        Assert.Equal("10101", root.GetProperty("issue").GetProperty("id").GetString());
        Assert.Equal(JsonValueKind.String, root.GetProperty("issue").GetProperty("fields").GetProperty("description").ValueKind);
        var keyChange = root.GetProperty("changelog").GetProperty("items").EnumerateArray().Single(i => i.GetProperty("field").GetString() == "Key");
        Assert.Equal("PLAT-2", keyChange.GetProperty("fromString").GetString());
        Assert.Equal("MOB-13", keyChange.GetProperty("toString").GetString());
        Assert.Equal(hook.Id, root.GetProperty("matchedWebhookIds")[0].GetInt32());
        var delivered = commentEvent.RootElement;
        Assert.Equal("comment_created", delivered.GetProperty("webhookEvent").GetString());
        Assert.Equal("Moved, see here", delivered.GetProperty("comment").GetProperty("body").GetString());
        Assert.Equal("n-7", delivered.GetProperty("comment").GetProperty("properties")[0].GetProperty("value").GetString());
        Assert.Equal("MOB-13", delivered.GetProperty("issue").GetProperty("key").GetString());
        Assert.Throws<KeyNotFoundException>(() => _service.BuildIssueEvent("NOPE-1"));
    }

    private static object Adf(string text) => new
    {
        type = "doc",
        version = 1,
        content = text.Split("\n\n").Select(p => new { type = "paragraph", content = new[] { new { type = "text", text = p } } }).ToArray(),
    };

    private async Task<JsonElement> GetAsync(string path) => await _client.GetFromJsonAsync<JsonElement>(path);
}
