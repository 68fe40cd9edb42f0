using Twister.Hosting.Execution;
using Twister.Hosting.Network;

namespace Twister.Hosting.Tests.Network;

public sealed class AllowlistTests
{
    [Fact]
    public async Task A_request_outside_the_allowlist_is_refused_before_it_leaves_the_host()
    {
        await using var env = await IssueHost.StartAsync(issuesPerTeam: 1);
        var before = env.Linear.RequestCount;

        var record = await env.Host.InvokeCallbackAsync("FetchUrl", $"""["{env.Linear.BaseAddress}teams"]""");

        Assert.Equal(ExecutionStatus.Failed, record.Status);
        var refused = Assert.IsType<NetworkAccessDeniedException>(record.Exception);
        Assert.Contains("outside the declared network allowlist", refused.Message);
        Assert.Contains("https://api.linear.app/*", refused.Message);
        Assert.Equal(before, env.Linear.RequestCount);
    }

    [Fact]
    public async Task An_allowed_origin_is_mapped_to_the_loopback_fake_and_counted()
    {
        await using var env = await IssueHost.StartAsync(issuesPerTeam: 1);
        var before = env.Linear.RequestCount;

        var record = await env.Host.InvokeCallbackAsync("FetchUrl", """["https://api.linear.app/teams"]""");

        Assert.Equal(ExecutionStatus.Succeeded, record.Status);
        Assert.Equal(1, record.Requests);
        Assert.Equal(before + 1, env.Linear.RequestCount);
    }

    [Theory]
    [InlineData("https://api.linear.app/*", "https://api.linear.app/teams?first=1", true)]
    [InlineData("https://api.linear.app/*", "https://API.linear.app/teams", true)]
    [InlineData("https://api.linear.app/*", "https://api.linear.app.evil.test/teams", false)]
    [InlineData("https://api.linear.app/*", "http://api.linear.app/teams", false)]
    [InlineData("https://api.linear.app/*", "https://user@evil.test/api.linear.app/", false)]
    [InlineData("https://*.example.com/v1/*", "https://eu.example.com/v1/items", true)]
    [InlineData("https://*.example.com/v1/*", "https://eu.example.com/v2/items", false)]
    [InlineData("https://exact.test/only", "https://exact.test/only", true)]
    [InlineData("https://exact.test/only", "https://exact.test/only/more", false)]
    public void Patterns_match_whole_urls_with_star_wildcards(string pattern, string url, bool allowed)
        => Assert.Equal(allowed, new UrlAllowlist([pattern]).Allows(new Uri(url)));
}
