using Twister.Runtime;

namespace Twister.Hosting.Tests.TestConnectors;

/// <summary>The next version of <see cref="CounterConnector"/> (same name), whose <c>Increment</c> callback was removed.</summary>
[Connector(CounterConnector.Name)]
internal sealed partial class RetiredCounterConnector : Connector<RetiredCounterConnector>
{
    public override Task<IReadOnlyList<Channel>> GetChannelsAsync(Authorization authorization, AuthToken token, CancellationToken cancellationToken)
        => Task.FromResult<IReadOnlyList<Channel>>([new Channel("main", "Main")]);

    public override Task OnChannelEnabledAsync(Channel channel, CancellationToken cancellationToken) => Task.CompletedTask;

    [Callback]
    private Task ReadStore(int reads, CancellationToken ct) => Task.CompletedTask;
}
