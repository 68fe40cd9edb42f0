using System.Net;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Twister.Hosting.Plot;
using Twister.Hosting.Tests.TestConnectors;
using Twister.Samples.FakeLinear;
using Twister.Samples.FakeLinear.Data;

namespace Twister.Hosting.Tests.Webhooks;

/// <summary>The Kestrel endpoint over real HTTP on loopback, with the background worker running.</summary>
public sealed class WebhookEndpointTests : IAsyncLifetime
{
    private readonly FakeLinearService _linear = new(FakeLinearData.Seed(teams: 1, issuesPerTeam: 3));
    private readonly HttpClient _client = new();
    private IHost _host = null!;
    private TwisterHost _twister = null!;

    public async Task InitializeAsync()
    {
        await _linear.StartAsync();
        var builder = Host.CreateApplicationBuilder();
        builder.Services.AddTwister(o =>
            {
                o.UseInMemoryDatabase = true;
                o.MaxWebhookBodyBytes = 1024;
                o.TaskPollInterval = TimeSpan.FromMilliseconds(50);
                o.MapOrigin(LinearApi.Origin, _linear.BaseAddress);
            })
            .AddConnector<IssueSyncConnector>(c => c.DevelopmentToken = _linear.Token);
        _host = builder.Build();
        await _host.StartAsync();
        _twister = _host.Services.GetRequiredService<TwisterHost>();
        var team = _linear.Data.Teams[0].Id;
        await _twister.Connector<IssueSyncConnector>().InstallAsync();
        await _twister.Connector<IssueSyncConnector>().EnableChannelAsync(team);
    }

    public async Task DisposeAsync()
    {
        await _host.StopAsync();
        _host.Dispose();
        _client.Dispose();
        await _linear.DisposeAsync();
    }

    [Fact]
    public async Task Webhook_urls_point_to_the_loopback_endpoint()
    {
        var url = await WebhookUrlAsync();

        Assert.StartsWith($"http://localhost:{_twister.WebhookBaseAddress.Port}/webhooks/", url);
        Assert.NotEqual(0, _twister.WebhookBaseAddress.Port);
        Assert.True(WebhookUrl.IsLocal(url));
    }

    [Fact]
    public async Task An_unknown_token_gets_404()
    {
        var url = await WebhookUrlAsync();
        var unknown = url[..(url.LastIndexOf('/') + 1)] + new string('0', 64);

        using var response = await PostAsync(unknown, """{"type":"Issue"}""");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task A_body_that_is_declared_json_but_does_not_parse_gets_400()
    {
        using var response = await PostAsync(await WebhookUrlAsync(), """{"type": "Issue", """);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task A_body_declared_json_with_invalid_utf8_inside_a_string_gets_400_and_queues_nothing()
    {
        var before = (await _twister.GetTasksAsync()).Count;
        byte[] body = [.. "{\"type\": \"Issue\", \"title\": \""u8, 0xC3, 0x28, .. "\"}"u8];
        using var content = new ByteArrayContent(body);
        content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json");

        using var response = await _client.PostAsync(await WebhookUrlAsync(), content);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("not valid UTF-8", await response.Content.ReadAsStringAsync());
        Assert.Equal(before, (await _twister.GetTasksAsync()).Count);
    }

    [Fact]
    public async Task A_body_over_the_limit_gets_413_with_or_without_a_declared_length()
    {
        var url = await WebhookUrlAsync();
        var big = "\"" + new string('x', 2000) + "\"";

        using var declared = await PostAsync(url, big);
        using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = new StringContent(big, Encoding.UTF8, "application/json") };
        request.Headers.TransferEncodingChunked = true;
        using var chunked = await _client.SendAsync(request);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, declared.StatusCode);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, chunked.StatusCode);
    }

    [Fact]
    public async Task A_valid_delivery_gets_202_and_runs_asynchronously_through_the_queue()
    {
        await WaitForAsync(async () => (await _twister.Plot.GetActivitiesAsync()).Count == 3);
        var issue = _linear.Data.GetIssues(_linear.Data.Teams[0].Id, null, 1).Nodes[0];
        _linear.Data.EditIssue(issue.Id, title: "Changed over HTTP");

        using var response = await PostAsync(await WebhookUrlAsync(), _linear.BuildWebhookPayload(issue.Id));

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        await WaitForAsync(async () => (await _twister.Plot.FindActivityAsync(IssueSyncConnector.SourceOf(issue.Id)))?.Title?.EndsWith("Changed over HTTP", StringComparison.Ordinal) == true);
        Assert.Equal(3, (await _twister.Plot.GetActivitiesAsync(new ActivityQuery())).Count);
    }

    private async Task<string> WebhookUrlAsync() => (await _twister.GetWebhooksAsync()).Single().Url;

    private Task<HttpResponseMessage> PostAsync(string url, string json)
        => _client.PostAsync(url, new StringContent(json, Encoding.UTF8, "application/json"));

    /// <summary>Waits for the background worker (bounded by a generous deadline, not a timing assertion).</summary>
    private static async Task WaitForAsync(Func<Task<bool>> condition)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (!await condition())
        {
            Assert.True(DateTime.UtcNow < deadline, "The background worker did not reach the expected state.");
            await Task.Delay(20);
        }
    }
}
