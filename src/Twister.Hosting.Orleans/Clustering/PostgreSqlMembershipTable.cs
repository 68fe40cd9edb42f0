using Dapper;
using Microsoft.Extensions.Options;
using Npgsql;
using Orleans;
using Orleans.Configuration;
using Orleans.Runtime;

namespace Twister.Hosting.Orleans.Clustering;

/// <summary>
/// Orleans' membership table on PostgreSQL, in the cluster's own tables beside the Twister tables. Orleans'
/// membership protocol (probes, suspicion votes, declaring silos dead) runs unchanged on top of it; this class
/// only stores rows with the atomicity the protocol asks for: every insert or update of a silo's row also
/// moves the cluster's version row, in one transaction, and fails without effect when either etag is stale.
/// </summary>
internal sealed class PostgreSqlMembershipTable(ClusteringDatabase database, IOptions<ClusterOptions> clusterOptions) : IMembershipTable
{
    private readonly string _clusterId = clusterOptions.Value.ClusterId;

    private const string BumpVersion = """
        UPDATE orleans_membership_version SET version = @Version, etag = etag + 1
        WHERE cluster_id = @ClusterId AND etag = @VersionEtag
        """;

    private const string Insert = """
        INSERT INTO orleans_membership (cluster_id, silo_address, silo_name, host_name, role_name, status, proxy_port,
            update_zone, fault_zone, suspect_times, start_time, i_am_alive_time, last_update, etag)
        VALUES (@ClusterId, @SiloAddress, @SiloName, @HostName, @RoleName, @Status, @ProxyPort,
            @UpdateZone, @FaultZone, @SuspectTimes, @StartTime, @IAmAliveTime, @LastUpdate, 0)
        ON CONFLICT DO NOTHING
        """;

    private const string Update = """
        UPDATE orleans_membership SET silo_name = @SiloName, host_name = @HostName, role_name = @RoleName, status = @Status,
            proxy_port = @ProxyPort, update_zone = @UpdateZone, fault_zone = @FaultZone, suspect_times = @SuspectTimes,
            start_time = @StartTime, i_am_alive_time = @IAmAliveTime, last_update = @LastUpdate, etag = etag + 1
        WHERE cluster_id = @ClusterId AND silo_address = @SiloAddress AND etag = @RowEtag
        """;

    public Task InitializeMembershipTable(bool tryInitTableVersion)
        => database.RunAsync(async connection =>
        {
            if (tryInitTableVersion)
            {
                await connection.ExecuteAsync(
                    "INSERT INTO orleans_membership_version (cluster_id, version, etag) VALUES (@clusterId, 0, 0) ON CONFLICT DO NOTHING",
                    new { clusterId = _clusterId }).ConfigureAwait(false);
            }
            return 0;
        }, $"initializing the membership of cluster '{_clusterId}' failed", CancellationToken.None);

    public Task DeleteMembershipTableEntries(string clusterId)
        => database.RunAsync(
            c => c.ExecuteAsync("DELETE FROM orleans_membership_version WHERE cluster_id = @clusterId", new { clusterId }),
            $"deleting the membership of cluster '{clusterId}' failed", CancellationToken.None);

    public Task CleanupDefunctSiloEntries(DateTimeOffset beforeDate)
        => database.RunAsync(
            c => c.ExecuteAsync(
                "DELETE FROM orleans_membership WHERE cluster_id = @clusterId AND status = @dead AND last_update < @before",
                new { clusterId = _clusterId, dead = (int)SiloStatus.Dead, before = beforeDate.ToUnixTimeMilliseconds() }),
            $"cleaning up dead silos of cluster '{_clusterId}' failed", CancellationToken.None);

    public Task<MembershipTableData> ReadRow(SiloAddress key) => ReadAsync(key.ToParsableString());

    public Task<MembershipTableData> ReadAll() => ReadAsync(siloAddress: null);

    // One statement reads the version row and the members together: one snapshot, so they are consistent.
    private Task<MembershipTableData> ReadAsync(string? siloAddress)
        => database.RunAsync(async connection =>
        {
            var rows = (await connection.QueryAsync<MembershipColumns>(MembershipColumns.Select, new { clusterId = _clusterId, siloAddress }).ConfigureAwait(false)).AsList();
            if (rows.Count == 0)
                throw new InvalidOperationException($"The membership of cluster '{_clusterId}' is not initialized in {database.Location}.");
            return new MembershipTableData([.. rows.Where(r => r.SiloAddress is not null).Select(r => r.ToEntry())], rows[0].ToTableVersion());
        }, $"reading the membership of cluster '{_clusterId}' failed", CancellationToken.None);

    public Task<bool> InsertRow(MembershipEntry entry, TableVersion tableVersion)
        => WriteAsync(Insert, new MembershipParameters(_clusterId, entry, tableVersion), "adding");

    public Task<bool> UpdateRow(MembershipEntry entry, string etag, TableVersion tableVersion)
        => WriteAsync(Update, new MembershipParameters(_clusterId, entry, tableVersion, etag), "updating");

    // The row write and the version bump commit together or not at all.
    private Task<bool> WriteAsync(string rowStatement, MembershipParameters parameters, string what)
        => database.RunAsync(async connection =>
        {
            await using var transaction = await connection.BeginTransactionAsync().ConfigureAwait(false);
            if (await connection.ExecuteAsync(BumpVersion, parameters, transaction).ConfigureAwait(false) != 1) return false;
            if (await connection.ExecuteAsync(rowStatement, parameters, transaction).ConfigureAwait(false) != 1) return false;
            await transaction.CommitAsync().ConfigureAwait(false);
            return true;
        }, $"{what} silo {parameters.SiloAddress} in the membership of cluster '{_clusterId}' failed", CancellationToken.None);

    // A heartbeat leaves the row's etag and the table version alone, so reads taken before it stay valid for updates.
    public Task UpdateIAmAlive(MembershipEntry entry)
        => database.RunAsync(
            c => c.ExecuteAsync(
                "UPDATE orleans_membership SET i_am_alive_time = @aliveAt, last_update = GREATEST(last_update, @aliveAt) WHERE cluster_id = @clusterId AND silo_address = @siloAddress",
                new { clusterId = _clusterId, siloAddress = entry.SiloAddress.ToParsableString(), aliveAt = MembershipColumns.ToUnixMs(entry.IAmAliveTime) }),
            $"recording that silo {entry.SiloAddress} is alive failed", CancellationToken.None);
}
