namespace Twister.Samples.Broken;

[Connector("polling")]
public sealed partial class PollingConnector : Connector<PollingConnector>
{
    private string? _lastChannel;

    public override Task<IReadOnlyList<Channel>> GetChannelsAsync(Authorization authorization, AuthToken token, CancellationToken cancellationToken)
        => Task.FromResult<IReadOnlyList<Channel>>([]);

    public override async Task OnChannelEnabledAsync(Channel channel, CancellationToken cancellationToken)
    {
        _lastChannel = channel.Id;
        await Tools.Tasks.RunTaskAsync(Callbacks.Poll(channel.Id), cancellationToken);
    }

    public override async Task OnChannelDisabledAsync(Channel channel, CancellationToken cancellationToken)
        => await Store.ClearAsync($"poll_{channel.Id}", cancellationToken);

    [Callback]
    private async Task Poll(string channelId, CancellationToken cancellationToken)
    {
        // TWIST4007: written by OnChannelEnabledAsync, a different execution: always null here.
        await Store.SetAsync($"poll_{channelId}", new PollState(_lastChannel?.Length ?? 0), cancellationToken);
        // TWIST4006: queued again on every path, so the chain of tasks never ends.
        await Tools.Tasks.RunTaskAsync(Callbacks.Poll(channelId), cancellationToken);
    }
}

// TWIST1010: `Position` was shipped as an int. TWIST1009: `Owner` was shipped and is gone.
public sealed record PollState(long Position);
