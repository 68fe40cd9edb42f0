using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Twister.Hosting.Execution;
using Twister.Hosting.Network;
using Twister.Hosting.Tests.TestConnectors;

namespace Twister.Testing.Tests;

/// <summary>
/// The HTTP seam: a connector's outbound requests reach an in-process fake (no socket), after the host's
/// allowlist and budget, redirects included.
/// </summary>
public sealed class FakeServiceTests
{
    private const string One = FetchConnector.OneOrigin;
    private const string Two = FetchConnector.TwoOrigin;

    private static Task<ExecutionRecord> FetchAsync(TwisterTestHost host, string url, string method = "GET")
        => host.InvokeCallbackAsync("Fetch", $$"""["{{url}}", "{{method}}"]""");

    [Fact]
    public async Task A_request_reaches_the_fake_endpoint_with_the_url_and_headers_the_connector_sent()
    {
        await using var fake = new FakeService();
        fake.MapGet("/items/{id}", (string id, HttpRequest request) =>
            Results.Text($"{request.Method} {request.Host} {id} {request.Headers.Authorization}"));
        await using var host = TwisterTestHost.Create<FetchConnector>(o => o.UseFakeService(One, fake));

        var record = await FetchAsync(host, $"{One}/items/42");

        Assert.Equal(ExecutionStatus.Succeeded, record.Status);
        Assert.Equal("\"GET api.one.test 42 Bearer secret-token\"", await host.GetStoredJsonAsync("body"));
        Assert.Equal("200", await host.GetStoredJsonAsync("status"));
        Assert.Equal(1, fake.RequestCount);
        Assert.Equal(1 + 2, record.Requests); // one HTTP request, two store writes
    }

    [Fact]
    public async Task A_post_body_and_a_status_code_cross_the_seam()
    {
        await using var fake = new FakeService();
        fake.MapPost("/items", async (HttpRequest request) =>
            Results.Text("received " + await new StreamReader(request.Body).ReadToEndAsync(), statusCode: 201));
        await using var host = TwisterTestHost.Create<FetchConnector>(o => o.UseFakeService("api.one.test", fake));

        var record = await FetchAsync(host, $"{One}/items", "POST");

        Assert.Equal(ExecutionStatus.Succeeded, record.Status);
        Assert.Equal("201", await host.GetStoredJsonAsync("status"));
        Assert.Equal("\"received payload\"", await host.GetStoredJsonAsync("body"));
    }

    [Fact]
    public async Task A_url_outside_the_allowlist_is_refused_before_it_reaches_the_fake()
    {
        await using var fake = new FakeService();
        fake.MapGet("/{**path}", () => "reached");
        await using var host = TwisterTestHost.Create<FetchConnector>(o => o.UseFakeService(Two, fake));

        var record = await FetchAsync(host, $"{Two}/not-allowed");

        Assert.Equal(ExecutionStatus.Failed, record.Status);
        Assert.Equal(new Uri($"{Two}/not-allowed"), Assert.IsType<NetworkAccessDeniedException>(record.Exception).Url);
        Assert.Equal(0, fake.RequestCount);
    }

    [Fact]
    public async Task A_redirect_from_the_fake_is_followed_hop_by_hop_and_refused_when_it_leaves_the_allowlist()
    {
        await using var fake = new FakeService();
        fake.MapGet("/old", () => Results.Redirect("/new"));
        fake.MapGet("/new", () => "moved");
        fake.MapGet("/away", () => Results.Redirect("https://evil.test/steal"));
        await using var host = TwisterTestHost.Create<FetchConnector>(o => o.UseFakeService(One, fake));

        var followed = await FetchAsync(host, $"{One}/old");
        var refused = await FetchAsync(host, $"{One}/away");

        Assert.Equal(ExecutionStatus.Succeeded, followed.Status);
        Assert.Equal(2 + 2, followed.Requests); // each hop counts against the budget
        Assert.Equal(ExecutionStatus.Failed, refused.Status);
        Assert.Equal(new Uri("https://evil.test/steal"), Assert.IsType<NetworkAccessDeniedException>(refused.Exception).Url);
        Assert.Equal(3, fake.RequestCount);
    }

    [Fact]
    public async Task Requests_to_the_fake_count_against_the_execution_budget()
    {
        await using var fake = new FakeService();
        fake.MapGet("/items", () => "[]");
        await using var host = TwisterTestHost.Create<FetchConnector>(o =>
        {
            o.RequestBudget = 2;
            o.UseFakeService(One, fake);
        });

        var record = await FetchAsync(host, $"{One}/items"); // one request, then two store writes: over budget

        Assert.Equal(ExecutionStatus.Failed, record.Status);
        Assert.IsType<RequestBudgetExceededException>(record.Exception);
        Assert.Null(await host.GetStoredJsonAsync("status"));
    }

    [Fact]
    public async Task Any_message_handler_can_answer_an_origin()
    {
        using var handler = new StubHandler();
        await using var host = TwisterTestHost.Create<FetchConnector>(o => o.UseFakeService(One, handler));

        await FetchAsync(host, $"{One}/anything?x=1");

        Assert.Equal("\"stub: https://api.one.test/anything?x=1\"", await host.GetStoredJsonAsync("body"));
    }

    [Fact]
    public async Task Endpoints_mapped_after_the_first_request_are_refused_with_a_clear_error()
    {
        await using var fake = new FakeService();
        fake.MapGet("/a", () => "a");
        using var client = fake.CreateClient(new Uri(One));
        Assert.Equal("a", await client.GetStringAsync("/a"));

        var error = Assert.Throws<InvalidOperationException>(() => fake.MapGet("/b", () => "b"));
        Assert.Contains("map its endpoints before the first request", error.Message);
    }

    [Fact]
    public void An_origin_that_is_not_a_url_is_refused_with_its_name()
    {
        var options = new Hosting.Configuration.TwisterOptions();
        var error = Assert.Throws<ArgumentException>(() => options.UseFakeService("ftp://files.example.com", new StubHandler()));
        Assert.Contains("'ftp://files.example.com' is not an origin", error.Message);
    }

    private sealed class StubHandler : HttpMessageHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
            => Task.FromResult(new HttpResponseMessage(System.Net.HttpStatusCode.OK) { Content = new StringContent("stub: " + request.RequestUri) });
    }
}
