using Twister.Generators.Tests.Analyzers.Infrastructure;
using Verify = Twister.Generators.Tests.Analyzers.Infrastructure.TwisterAnalyzerTest<Twister.Generators.Analyzers.Network.NetworkAllowlistAnalyzer>;

namespace Twister.Generators.Tests.Analyzers.Network;

public sealed class NetworkAllowlistAnalyzerTests
{
    private const string Enabled = """
            public override Task OnChannelEnabledAsync(Channel channel, CancellationToken cancellationToken) => Task.CompletedTask;

        """;

    private static Task VerifyAsync(string body, string extraTypes = "", string attributes = "[NetworkAccess(\"https://api.example.com/*\")]")
        => Verify.VerifyGeneratedAsync(ConnectorSource.WithHooks(Enabled + body, extraTypes, attributes: attributes));

    [Fact]
    public Task Urls_the_patterns_cover_and_urls_known_only_at_run_time_are_clean()
        => VerifyAsync("""
                private const string Api = "https://api.example.com/";

                [Callback]
                private async Task SyncBatch(string channelId, string nextPage, CancellationToken ct)
                {
                    await Tools.Network.Http.GetStringAsync("https://API.example.com/teams", ct);
                    await Tools.Network.Http.GetStringAsync($"{Api}teams/{channelId}/issues", ct);
                    await Tools.Network.Http.GetStringAsync(nextPage, ct);
                    await Tools.Network.Http.GetStringAsync($"https://{channelId}.example.com/x", ct);
                    await Tools.Network.Http.SendAsync(new HttpRequestMessage(HttpMethod.Get, new Uri(new Uri(Api), "teams")), ct);
                }
            """);

    [Fact]
    public Task A_url_outside_the_patterns_is_TWIST4008_in_the_connector_and_in_the_api_client_it_calls()
        => VerifyAsync("""
                [Callback]
                private async Task SyncBatch(string channelId, CancellationToken ct)
                {
                    await System.Net.Http.Json.HttpClientJsonExtensions.PostAsJsonAsync(Tools.Network.Http, {|TWIST4008:$"https://uploads.example.com/teams/{channelId}"|}, channelId, ct);
                    await new ApiClient(Tools.Network.Http).GetIssuesAsync(channelId, ct);
                }
            """, """
            public sealed class ApiClient(HttpClient http)
            {
                private static readonly Uri BaseAddress = new("https://api.example.org/");

                public Task<string> GetIssuesAsync(string teamId, CancellationToken ct)
                    => http.SendAsync(new HttpRequestMessage(HttpMethod.Get, {|TWIST4008:new Uri(BaseAddress, $"teams/{teamId}")|}), ct).ContinueWith(_ => "");
            }
            """);

    [Fact]
    public Task A_connector_without_NetworkAccess_allows_nothing()
        => VerifyAsync("""
                private readonly HttpClient _http = new() { BaseAddress = {|TWIST4008:new Uri("https://api.example.com")|} };
            """, attributes: "");

    [Fact]
    public Task An_api_client_no_connector_reaches_is_clean()
        => VerifyAsync("", """
            public static class Unused
            {
                public static Task<string> Get(HttpClient http) => http.GetStringAsync("https://elsewhere.example.net/");
            }
            """);
}
