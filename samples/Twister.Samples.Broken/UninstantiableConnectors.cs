namespace Twister.Samples.Broken;

// TWIST0007: abstract, so the generated descriptor could not call `new AbstractConnector()` and the
// generator skips it.
[Connector("abstract")]
public abstract partial class AbstractConnector : Connector<AbstractConnector>
{
    public override Task<IReadOnlyList<Channel>> GetChannelsAsync(Authorization authorization, AuthToken token, CancellationToken cancellationToken)
        => Task.FromResult<IReadOnlyList<Channel>>([]);

    public override Task OnChannelEnabledAsync(Channel channel, CancellationToken cancellationToken) => Task.CompletedTask;
}

// TWIST0007: the only constructor takes a parameter, so the host cannot create an instance.
[Connector("constructorless")]
public sealed partial class ConstructorlessConnector(string team) : Connector<ConstructorlessConnector>
{
    public string Team => team;

    public override Task<IReadOnlyList<Channel>> GetChannelsAsync(Authorization authorization, AuthToken token, CancellationToken cancellationToken)
        => Task.FromResult<IReadOnlyList<Channel>>([]);

    public override Task OnChannelEnabledAsync(Channel channel, CancellationToken cancellationToken) => Task.CompletedTask;
}
