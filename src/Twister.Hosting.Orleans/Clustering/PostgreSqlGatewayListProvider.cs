using Microsoft.Extensions.Options;
using Orleans;
using Orleans.Configuration;
using Orleans.Messaging;
using Orleans.Runtime;

namespace Twister.Hosting.Orleans.Clustering;

/// <summary>The gateways a cluster client may connect to: the active silos of the membership table that accept clients.</summary>
internal sealed class PostgreSqlGatewayListProvider(PostgreSqlMembershipTable table, IOptions<GatewayOptions> gatewayOptions) : IGatewayListProvider
{
    public TimeSpan MaxStaleness => gatewayOptions.Value.GatewayListRefreshPeriod;

    [Obsolete("Orleans no longer reads it; every provider is updatable.")]
    public bool IsUpdatable => true;

    public Task InitializeGatewayListProvider() => table.InitializeMembershipTable(tryInitTableVersion: true);

    public async Task<IList<Uri>> GetGateways()
    {
        var members = await table.ReadAll().ConfigureAwait(false);
        return [.. members.Members
            .Select(m => m.Item1)
            .Where(m => m.Status == SiloStatus.Active && m.ProxyPort != 0)
            .Select(m => SiloAddress.New(m.SiloAddress.Endpoint.Address, m.ProxyPort, m.SiloAddress.Generation).ToGatewayUri())];
    }
}
