using System.Net;
using System.Text.RegularExpressions;
using Twister.Hosting.Dashboard.Tests.TestConnectors;
using Twister.Hosting.Tasks;

namespace Twister.Hosting.Dashboard.Tests;

/// <summary>The pages over HTTP, against a host that ran a small sync: each lists its data, and connector data cannot inject markup.</summary>
public sealed partial class DashboardPagesTests : IAsyncLifetime
{
    private DeskHost _desk = null!;
    private HttpClient _http = null!;

    public async Task InitializeAsync()
    {
        _desk = await DeskHost.StartAsync();
        _http = new HttpClient { BaseAddress = _desk.Address };
    }

    public async Task DisposeAsync()
    {
        _http.Dispose();
        await _desk.DisposeAsync();
    }

    [Fact]
    public async Task The_dashboard_serves_on_a_loopback_address_of_its_own()
    {
        Assert.Equal("127.0.0.1", _desk.Address.Host);
        Assert.NotEqual(0, _desk.Address.Port);
        using var response = await _http.GetAsync("/");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.StartsWith("default-src 'none';", response.Headers.GetValues("Content-Security-Policy").Single()); // no script can run, even injected
        Assert.DoesNotContain("<script", await response.Content.ReadAsStringAsync(), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task The_items_page_lists_what_reached_Plot_with_link_types_statuses_and_contacts()
    {
        var page = await _http.GetStringAsync("/");

        Assert.Contains("Printer on fire", page);
        Assert.Contains("Order toner", page);
        Assert.Contains("""<span class="badge open">open</span>""", page);
        Assert.Contains("""<span class="badge solved">solved</span>""", page);
        Assert.Contains("<td>ticket</td>", page);
        Assert.Contains("Ada Lovelace", page);
        Assert.Contains("Grace Hopper", page);
        Assert.Matches("""<b>1</b><span class="muted">failed tasks</span>""", page);
    }

    [Fact]
    public async Task An_items_page_renders_its_notes_from_markdown_and_neutralises_script_and_script_links()
    {
        var id = (await _desk.Twister.Plot.FindActivityAsync("desk:1"))!.Id;
        var page = await _http.GetStringAsync($"/items/{id}");

        Assert.Contains("<strong>Smoke</strong> seen near tray 2.", page);
        Assert.Contains("&lt;script&gt;alert('xss')&lt;/script&gt;", page);
        Assert.DoesNotContain("<script", page, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("javascript:", page, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<img", page, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("""<a href="#">Open the log</a>""", page);
        Assert.Contains("""<a href="https://desk.test/manual">the manual</a>""", page);
        Assert.Contains("""href="https://desk.test/tickets/1" """.TrimEnd(), page);
        Assert.Contains("Grace Hopper &lt;grace@desk.test&gt;", page);
        using var missing = await _http.GetAsync("/items/999999");
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
    }

    [Fact]
    public async Task The_contacts_executions_and_webhooks_pages_list_their_data()
    {
        var contacts = await _http.GetStringAsync("/contacts");
        Assert.Contains("ada@desk.test", contacts);
        Assert.Contains("grace@desk.test", contacts);

        var executions = await _http.GetStringAsync("/executions");
        Assert.Contains("<td>Sync</td>", executions);
        Assert.Contains("<td>Escalate</td>", executions);
        Assert.Contains("""<span class="badge failed">Failed</span>""", executions);
        Assert.Contains("The pager API answered 500 for desk:1.", executions);

        var webhook = Assert.Single(await _desk.Twister.GetWebhooksAsync());
        var webhooks = await _http.GetStringAsync("/webhooks");
        Assert.Contains(webhook.Url, webhooks);
        Assert.Contains("<td>support</td><td>Received</td>", webhooks);
    }

    [Fact]
    public async Task The_tasks_page_lists_failed_and_pending_tasks_with_their_actions()
    {
        var page = await _http.GetStringAsync("/tasks");
        var failed = await _desk.TaskAsync("Escalate");
        var pending = await _desk.TaskAsync("Remind");

        Assert.Contains("<h2>Failed (1)</h2>", page);
        Assert.Contains("<h2>Pending (1)</h2>", page);
        Assert.Contains($"""action="/tasks/{failed.Id}/retry" """.TrimEnd(), page);
        Assert.Contains($"""action="/tasks/{pending.Id}/cancel" """.TrimEnd(), page);
        Assert.Contains("InvalidOperationException", page);
    }

    [Fact]
    public async Task Retry_queues_a_failed_task_again_through_the_host()
    {
        var failed = await _desk.TaskAsync("Escalate");
        Assert.Equal((QueuedTaskStatus.Failed, 1), (failed.Status, failed.Attempts));

        using var response = await PostAsync($"/tasks/{failed.Id}/retry", await FormTokenAsync());

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/tasks?flash=", response.Headers.Location!.OriginalString);
        var retried = await _desk.TaskAsync("Escalate");
        Assert.Equal((QueuedTaskStatus.Pending, 0), (retried.Status, retried.Attempts));
        var ran = Assert.Single(await _desk.Twister.RunDueTasksAsync());
        Assert.Equal(failed.Id, ran.TaskId); // it ran again, and failed again (the pager is still down)
        Assert.Equal((QueuedTaskStatus.Failed, 1), ((await _desk.TaskAsync("Escalate")).Status, (await _desk.TaskAsync("Escalate")).Attempts));
        using var pendingRetry = await PostAsync($"/tasks/{(await _desk.TaskAsync("Remind")).Id}/retry", await FormTokenAsync());
        Assert.Equal(HttpStatusCode.Conflict, pendingRetry.StatusCode);
    }

    [Fact]
    public async Task Cancel_cancels_a_pending_task_and_a_second_cancel_changes_nothing()
    {
        var pending = await _desk.TaskAsync("Remind");
        var token = await FormTokenAsync();

        using var response = await PostAsync($"/tasks/{pending.Id}/cancel", token);
        using var second = await PostAsync($"/tasks/{pending.Id}/cancel", token);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(QueuedTaskStatus.Cancelled, (await _desk.TaskAsync("Remind")).Status);
        Assert.Equal(HttpStatusCode.Conflict, second.StatusCode);
        Assert.Contains("is not pending", await second.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_post_without_the_form_token_or_from_another_origin_is_refused_and_changes_nothing()
    {
        var failed = await _desk.TaskAsync("Escalate");
        var token = await FormTokenAsync();

        using var noToken = await PostAsync($"/tasks/{failed.Id}/retry", token: null);
        using var wrongToken = await PostAsync($"/tasks/{failed.Id}/retry", "0000");
        using var crossOrigin = await PostAsync($"/tasks/{failed.Id}/retry", token, origin: "https://evil.test");
        using var crossSite = await PostAsync($"/tasks/{failed.Id}/retry", token, fetchSite: "cross-site");

        Assert.All([noToken, wrongToken, crossOrigin, crossSite], r => Assert.Equal(HttpStatusCode.Forbidden, r.StatusCode));
        Assert.Contains("'https://evil.test'", await crossOrigin.Content.ReadAsStringAsync());
        Assert.Equal(QueuedTaskStatus.Failed, (await _desk.TaskAsync("Escalate")).Status);
    }

    [Fact]
    public async Task A_request_for_a_name_other_than_loopback_is_refused_against_DNS_rebinding()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/");
        request.Headers.Host = "attacker.test";

        using var response = await _http.SendAsync(request);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains("loopback names only", await response.Content.ReadAsStringAsync());
    }

    private async Task<string> FormTokenAsync()
        => TokenField().Match(await _http.GetStringAsync("/tasks")).Groups[1].Value;

    private async Task<HttpResponseMessage> PostAsync(string path, string? token, string? origin = null, string? fetchSite = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, path)
        {
            Content = new FormUrlEncodedContent(token is null ? [] : [new KeyValuePair<string, string>("token", token)]),
        };
        if (origin is not null) request.Headers.Add("Origin", origin);
        if (fetchSite is not null) request.Headers.Add("Sec-Fetch-Site", fetchSite);
        using var client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = _desk.Address };
        return await client.SendAsync(request);
    }

    [GeneratedRegex("name=\"token\" value=\"([0-9a-f]+)\"")]
    private static partial Regex TokenField();
}
