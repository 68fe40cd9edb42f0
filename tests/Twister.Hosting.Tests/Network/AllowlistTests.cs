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
    // The host is matched as the host: a star never reaches into the path, the port or user information.
    [InlineData("https://*.atlassian.net/*", "https://acme.atlassian.net/rest", true)]
    [InlineData("https://*.atlassian.net/*", "https://evil.test/.atlassian.net/rest", false)]
    [InlineData("https://*.atlassian.net/*", "https://evil.test/x?.atlassian.net/", false)]
    [InlineData("https://*.atlassian.net/*", "https://evil.test:443/.atlassian.net/", false)]
    [InlineData("https://*.atlassian.net/*", "https://atlassian.net.evil.test/", false)]
    [InlineData("https://api*/*", "https://api.evil.test/x", true)]
    [InlineData("https://api*/v1/*", "https://api.evil.test/v2/v1/x", false)]
    // Ports: the scheme's default unless named; :* allows any.
    [InlineData("https://api.linear.app/*", "https://api.linear.app:8443/teams", false)]
    [InlineData("https://api.linear.app:8443/*", "https://api.linear.app:8443/teams", true)]
    [InlineData("http://localhost:*/*", "http://localhost:5123/x", true)]
    // Paths are case-sensitive and a pattern without a path allows the root only.
    [InlineData("https://api.test/v1/*", "https://api.test/V1/items", false)]
    [InlineData("https://api.test", "https://api.test/", true)]
    [InlineData("https://api.test", "https://api.test/more", false)]
    public void Patterns_match_scheme_host_port_and_path_as_parts(string pattern, string url, bool allowed)
        => Assert.Equal(allowed, new UrlAllowlist([pattern]).Allows(new Uri(url)));

    [Theory]
    [InlineData("api.linear.app/*", "no scheme")]
    [InlineData("*://api.linear.app/*", "scheme cannot be a wildcard")]
    [InlineData("https://user@api.linear.app/*", "user information")]
    [InlineData("https://api.linear.app:99999/*", "'99999' is not a port")]
    [InlineData("https://api.linear.app?x=*", "query")]
    public void An_invalid_pattern_is_refused_with_what_is_wrong(string pattern, string reason)
    {
        var error = Assert.Throws<TwisterException>(() => new UrlAllowlist([pattern]));
        Assert.Contains(pattern, error.Message);
        Assert.Contains(reason, error.Message);
    }
}
