using Twister.Hosting.Execution;
using Twister.Hosting.Network;
using Twister.Hosting.Tests.TestConnectors;
using Twister.Testing;

namespace Twister.Hosting.Tests.Network;

/// <summary>Redirects are followed by the allowlist layer: every hop is checked and counted, credentials stay with their origin.</summary>
public sealed class RedirectTests : IAsyncLifetime
{
    private RedirectServer _server = null!;
    private TwisterTestHost _host = null!;

    public async Task InitializeAsync()
    {
        _server = await RedirectServer.StartAsync();
        _host = TwisterTestHost.Create<FetchConnector>(o =>
        {
            o.MapOrigin(FetchConnector.OneOrigin, _server.BaseAddress);
            o.MapOrigin(FetchConnector.TwoOrigin, _server.BaseAddress);
        });
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        await _server.DisposeAsync();
    }

    private Task<ExecutionRecord> FetchAsync(string url, string method = "GET")
        => _host.InvokeCallbackAsync("Fetch", $$"""["{{url}}", "{{method}}"]""");

    [Fact]
    public async Task A_redirect_inside_the_allowlist_is_followed_and_each_hop_counts_against_the_budget()
    {
        var record = await FetchAsync($"{FetchConnector.OneOrigin}/redirect?to=/landing");

        Assert.Equal(ExecutionStatus.Succeeded, record.Status);
        Assert.Equal("\"GET /landing\"", await _host.GetStoredJsonAsync("body"));
        Assert.Equal(2 + 2, record.Requests); // two HTTP hops, two store writes
        Assert.Equal(["/redirect?to=/landing", "/landing"], _server.Requests.Select(r => r.PathAndQuery));
    }

    [Theory]
    [InlineData("https://evil.test/steal")]
    [InlineData("https://api.two.test/not-allowed")]
    [InlineData("http://api.one.test/plain-http")]
    public async Task A_redirect_outside_the_allowlist_is_refused_before_the_next_hop_leaves_the_host(string target)
    {
        var record = await FetchAsync($"{FetchConnector.OneOrigin}/redirect?to={Uri.EscapeDataString(target)}");

        Assert.Equal(ExecutionStatus.Failed, record.Status);
        var refused = Assert.IsType<NetworkAccessDeniedException>(record.Exception);
        Assert.Equal(new Uri(target), refused.Url);
        Assert.Equal(FetchConnector.OneOrigin + "/redirect", refused.RedirectedFrom!.GetLeftPart(UriPartial.Path));
        Assert.Contains("a redirect from", refused.Message);
        Assert.Single(_server.Requests);
        Assert.Null(await _host.GetStoredJsonAsync("status"));
    }

    [Fact]
    public async Task Credentials_follow_a_redirect_within_an_origin_and_never_to_another_origin()
    {
        var crossOrigin = Uri.EscapeDataString($"{FetchConnector.TwoOrigin}/allowed/data");
        var record = await FetchAsync($"{FetchConnector.OneOrigin}/redirect?to={Uri.EscapeDataString($"/redirect?to={crossOrigin}")}");

        Assert.Equal(ExecutionStatus.Succeeded, record.Status);
        var requests = _server.Requests;
        Assert.Equal(3, requests.Count);
        Assert.Equal("Bearer secret-token", requests[0].Authorization);
        Assert.Equal("Bearer secret-token", requests[1].Authorization);
        Assert.Null(requests[2].Authorization);
        Assert.Equal("\"GET /allowed/data\"", await _host.GetStoredJsonAsync("body"));
    }

    [Theory]
    [InlineData(303, "GET")]
    [InlineData(302, "GET")]
    [InlineData(307, "POST")]
    [InlineData(308, "POST")]
    public async Task A_post_is_redirected_as_browsers_do(int status, string expectedMethod)
    {
        var record = await FetchAsync($"{FetchConnector.OneOrigin}/redirect?status={status}&to=/landing", "POST");

        Assert.Equal(ExecutionStatus.Succeeded, record.Status);
        Assert.Equal(expectedMethod, _server.Requests[^1].Method);
    }

    [Fact]
    public async Task A_redirect_loop_stops_after_the_limit_and_hands_the_last_redirect_to_the_connector()
    {
        var record = await FetchAsync($"{FetchConnector.OneOrigin}/loop");

        Assert.Equal(ExecutionStatus.Succeeded, record.Status);
        Assert.Equal(AllowlistHandler.MaxRedirects + 1, _server.Requests.Count);
        Assert.Equal("302", await _host.GetStoredJsonAsync("status"));
    }
}
