using System.Net;
using Microsoft.Extensions.Options;
using Orleans;
using Orleans.Configuration;
using Orleans.Runtime;
using Twister.Hosting.Orleans.Clustering;

namespace Twister.Hosting.Orleans.Tests.Clustering;

/// <summary>
/// The membership table keeps the atomicity Orleans' membership protocol relies on: a row write and the version
/// bump commit together or not at all, stale etags change nothing, heartbeats leave etags alone.
/// </summary>
public sealed class PostgreSqlMembershipTableTests : DatabaseTest
{
    private static readonly DateTime T0 = new(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc);
    private ClusteringDatabase? _database;
    private PostgreSqlMembershipTable? _table;

    private PostgreSqlMembershipTable Table => _table!;

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        _database = new ClusteringDatabase(ConnectionString);
        _table = CreateTable("cluster-a");
        await Table.InitializeMembershipTable(tryInitTableVersion: true);
    }

    public override async Task DisposeAsync()
    {
        if (_database is not null) await _database.DisposeAsync();
        await base.DisposeAsync();
    }

    private PostgreSqlMembershipTable CreateTable(string clusterId) => new(_database!, Options.Create(new ClusterOptions { ClusterId = clusterId, ServiceId = "twister" }));

    private static MembershipEntry Entry(int port, SiloStatus status = SiloStatus.Joining, int proxyPort = 0) => new()
    {
        SiloAddress = SiloAddress.New(IPAddress.Loopback, port, 42),
        Status = status,
        SiloName = $"silo-{port}",
        HostName = "host",
        ProxyPort = proxyPort,
        StartTime = T0,
        IAmAliveTime = T0,
    };

    private static async Task AddAsync(PostgreSqlMembershipTable table, MembershipEntry entry)
        => Assert.True(await table.InsertRow(entry, (await table.ReadAll()).Version.Next()));

    [Fact]
    public async Task An_insert_moves_the_version_and_fails_without_effect_on_a_stale_version_or_an_existing_silo()
    {
        var empty = await Table.ReadAll();
        Assert.Empty(empty.Members);

        Assert.True(await Table.InsertRow(Entry(1), empty.Version.Next()));
        Assert.False(await Table.InsertRow(Entry(2), empty.Version.Next()));   // stale table etag
        var after = await Table.ReadAll();
        Assert.False(await Table.InsertRow(Entry(1), after.Version.Next()));   // the silo is already there

        var final = await Table.ReadAll();
        Assert.Equal(1, final.Version.Version);
        Assert.Equal(after.Version, final.Version);
        Assert.Equal(SiloAddress.New(IPAddress.Loopback, 1, 42), Assert.Single(final.Members).Item1.SiloAddress);
    }

    [Fact]
    public async Task An_update_needs_the_current_row_and_table_etags_and_a_heartbeat_changes_neither()
    {
        var version = (await Table.ReadAll()).Version;
        await AddAsync(Table, Entry(1));
        var read = await Table.ReadRow(SiloAddress.New(IPAddress.Loopback, 1, 42));
        var (entry, etag) = Assert.Single(read.Members);

        var alive = Entry(1);
        alive.IAmAliveTime = T0.AddMinutes(1);
        await Table.UpdateIAmAlive(alive);
        var active = Entry(1, SiloStatus.Active, proxyPort: 30000);

        Assert.False(await Table.UpdateRow(active, "999", read.Version.Next()));
        Assert.False(await Table.UpdateRow(active, etag, version.Next()));
        Assert.True(await Table.UpdateRow(active, etag, read.Version.Next()));
        Assert.False(await Table.UpdateRow(active, etag, read.Version.Next().Next()));

        var (updated, newEtag) = Assert.Single((await Table.ReadAll()).Members);
        Assert.Equal((SiloStatus.Active, 30000), (updated.Status, updated.ProxyPort));
        Assert.NotEqual(etag, newEtag);
        Assert.Equal(SiloStatus.Joining, entry.Status);
    }

    [Fact]
    public async Task Every_field_and_the_suspect_votes_survive_a_round_trip()
    {
        var entry = Entry(1, SiloStatus.Active, proxyPort: 30001);
        entry.RoleName = "role";
        entry.UpdateZone = 3;
        entry.FaultZone = 4;
        entry.IAmAliveTime = T0.AddSeconds(5);
        entry.AddSuspector(SiloAddress.New(IPAddress.Loopback, 2, 7), T0.AddSeconds(6));
        entry.AddSuspector(SiloAddress.New(IPAddress.IPv6Loopback, 3, 8), T0.AddSeconds(7));
        await AddAsync(Table, entry);

        var read = Assert.Single((await Table.ReadAll()).Members).Item1;

        Assert.Equal(entry.ToFullString(), read.ToFullString());
        Assert.Equal(entry.SuspectTimes, read.SuspectTimes);
    }

    [Fact]
    public async Task Cleanup_removes_only_dead_silos_not_heard_of_since_the_date_and_clusters_are_apart()
    {
        var other = CreateTable("cluster-b");
        await other.InitializeMembershipTable(tryInitTableVersion: true);
        var recentlyDead = Entry(2, SiloStatus.Dead);
        recentlyDead.IAmAliveTime = T0.AddHours(2);
        await AddAsync(Table, Entry(1, SiloStatus.Dead));
        await AddAsync(Table, recentlyDead);
        await AddAsync(Table, Entry(3, SiloStatus.Active));
        await AddAsync(other, Entry(1, SiloStatus.Dead));

        await Table.CleanupDefunctSiloEntries(new DateTimeOffset(T0.AddHours(1)));

        Assert.Equal([2, 3], (await Table.ReadAll()).Members.Select(m => m.Item1.SiloAddress.Endpoint.Port).Order());
        Assert.Single((await other.ReadAll()).Members);
        await Table.DeleteMembershipTableEntries("cluster-a");
        await Assert.ThrowsAsync<InvalidOperationException>(() => Table.ReadAll());
        Assert.Single((await other.ReadAll()).Members);
    }

    [Fact]
    public async Task Clients_are_given_the_active_silos_that_accept_clients()
    {
        await AddAsync(Table, Entry(1, SiloStatus.Active, proxyPort: 30001));
        await AddAsync(Table, Entry(2, SiloStatus.Active));
        await AddAsync(Table, Entry(3, SiloStatus.Dead, proxyPort: 30003));
        var gateways = new PostgreSqlGatewayListProvider(Table, Options.Create(new GatewayOptions()));
        await gateways.InitializeGatewayListProvider();

        var uri = Assert.Single(await gateways.GetGateways());

        Assert.Equal(SiloAddress.New(IPAddress.Loopback, 30001, 42).ToGatewayUri(), uri);
    }
}
