namespace Twister.Hosting.Tests.TestConnectors;

/// <summary>A next version of <see cref="ItemsConnector"/>: same name, one callback more, so its manifest differs.</summary>
[Connector(ItemsConnector.Name)]
internal sealed partial class ItemsConnectorV2 : Connector<ItemsConnectorV2>
{
    public static int Upgrades;

    public override Task<IReadOnlyList<Channel>> GetChannelsAsync(Authorization authorization, AuthToken token, CancellationToken cancellationToken)
        => Task.FromResult<IReadOnlyList<Channel>>([]);

    public override Task UpgradeAsync(CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref Upgrades);
        return Task.CompletedTask;
    }

    [Callback]
    private Task NewInV2(CancellationToken ct) => Task.CompletedTask;
}
