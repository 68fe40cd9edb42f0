namespace Twister.Hosting.Benchmarks.Webhooks;

/// <summary>
/// The webhook benchmark's connector: the <c>busy</c> channel's one execution spends the whole run waiting
/// on a slow outbound call, one after another; every channel counts the deliveries it ran.
/// </summary>
[Connector(Name)]
[NetworkAccess(SlowOrigin + "/*")]
internal sealed partial class LatencyConnector : Connector<LatencyConnector>
{
    public const string Name = "latency";
    public const string SlowOrigin = "https://slow.test";
    public const string Busy = "busy";
    public const string Hooks = "hooks";

    public override Task<IReadOnlyList<Channel>> GetChannelsAsync(Authorization authorization, AuthToken token, CancellationToken cancellationToken)
        => Task.FromResult<IReadOnlyList<Channel>>([new Channel(Busy, "Busy"), new Channel(Hooks, "Hooks")]);

#pragma warning disable TWIST4002 // a benchmark connector: its channels are never disabled
    public override async Task OnChannelEnabledAsync(Channel channel, CancellationToken cancellationToken)
    {
        await Tools.Network.CreateWebhookAsync(Callbacks.Delivered(channel.Id), cancellationToken);
        if (channel.Id == Busy) await Tools.Tasks.RunTaskAsync(Callbacks.WaitOnService(), cancellationToken);
    }
#pragma warning restore TWIST4002

    [Callback]
    private async Task WaitOnService(CancellationToken ct)
    {
        // Far more calls than a run needs: the host stops (and cancels this) when the benchmark ends.
        for (var call = 0; call < 500; call++)
        {
            using var response = await Tools.Network.Http.GetAsync($"{SlowOrigin}/slow", ct);
        }
    }

    [Callback]
    private async Task Delivered(WebhookRequest request, string channelId, CancellationToken ct)
    {
        var key = $"deliveries/{channelId}";
        await Store.SetAsync(key, await Store.GetAsync<int>(key, ct) + 1, ct);
    }
}
