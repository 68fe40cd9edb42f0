using Twister.Runtime;

namespace Twister.Hosting.Tests.TestConnectors;

/// <summary>The next version of <see cref="CounterConnector"/> (same name), whose <c>Increment</c> callback was removed.</summary>
internal sealed class RetiredCounterConnector : Connector<RetiredCounterConnector>, IConnectorDefinition
{
    public static ConnectorDescriptor Descriptor { get; } = new TestDescriptor<RetiredCounterConnector>(
        callbacks => new ConnectorManifest(CounterConnector.Name, typeof(RetiredCounterConnector).FullName!, AuthProvider.None, [], [], false, [], callbacks),
        new Dictionary<string, Func<RetiredCounterConnector, CallbackArguments, object?, CancellationToken, Task>>
        {
            ["ReadStore"] = (_, _, _, _) => Task.CompletedTask,
        });

    public override Task<IReadOnlyList<Channel>> GetChannelsAsync(Authorization authorization, AuthToken token, CancellationToken cancellationToken)
        => Task.FromResult<IReadOnlyList<Channel>>([new Channel("main", "Main")]);

    public override Task OnChannelEnabledAsync(Channel channel, CancellationToken cancellationToken) => Task.CompletedTask;
}
