using System.Net.Http.Headers;

namespace Twister.Hosting.Tests.TestConnectors;

/// <summary>Calls URLs it is given, with a bearer token, and stores what came back: for the allowlist, redirect and resilience tests.</summary>
[Connector(Name)]
[NetworkAccess(OneOrigin + "/*")]
[NetworkAccess(TwoOrigin + "/allowed/*")]
internal sealed partial class FetchConnector : Connector<FetchConnector>
{
    public const string Name = "fetch";
    public const string OneOrigin = "https://api.one.test";
    public const string TwoOrigin = "https://api.two.test";

    public override Task<IReadOnlyList<Channel>> GetChannelsAsync(Authorization authorization, AuthToken token, CancellationToken cancellationToken)
        => Task.FromResult<IReadOnlyList<Channel>>([new Channel("main", "Main")]);

    public override Task OnChannelEnabledAsync(Channel channel, CancellationToken cancellationToken) => Task.CompletedTask;

    [Callback]
    private async Task Fetch(string url, string method, CancellationToken ct)
    {
        using var request = new HttpRequestMessage(new HttpMethod(method), url);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", "secret-token");
        if (request.Method == HttpMethod.Post) request.Content = new StringContent("payload");
        using var response = await Tools.Network.Http.SendAsync(request, ct);
        await Store.SetAsync("status", (int)response.StatusCode, ct);
        await Store.SetAsync("body", await response.Content.ReadAsStringAsync(ct), ct);
    }

    /// <summary>Queues <see cref="Fetch"/> as a task (a task can be retried and rescheduled; a direct call cannot).</summary>
    [Callback]
    private async Task QueueFetch(string url, string method, CancellationToken ct)
        => await Tools.Tasks.RunTaskAsync(Callbacks.Fetch(url, method), ct);
}
