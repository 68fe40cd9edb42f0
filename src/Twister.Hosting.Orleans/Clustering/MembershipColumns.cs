using System.Globalization;
using Orleans;
using Orleans.Runtime;
using Twister.Hosting.Storage.Rows;

namespace Twister.Hosting.Orleans.Clustering;

/// <summary>
/// A row of <c>orleans_membership</c> joined to its cluster's version row (column aliases match the property
/// names); the member columns are null (the left join's) when the cluster has no silo yet.
/// </summary>
internal sealed class MembershipColumns
{
    public const string Select = """
        SELECT v.version AS Version, v.etag AS VersionEtag,
               m.silo_address AS SiloAddress, m.silo_name AS SiloName, m.host_name AS HostName, m.role_name AS RoleName,
               m.status AS Status, m.proxy_port AS ProxyPort, m.update_zone AS UpdateZone, m.fault_zone AS FaultZone,
               m.suspect_times AS SuspectTimes, m.start_time AS StartTime, m.i_am_alive_time AS IAmAliveTime, m.etag AS Etag
        FROM orleans_membership_version v
        LEFT JOIN orleans_membership m ON m.cluster_id = v.cluster_id AND (@siloAddress::text IS NULL OR m.silo_address = @siloAddress)
        WHERE v.cluster_id = @clusterId
        """;

    public int Version { get; set; }
    public long VersionEtag { get; set; }
    public string? SiloAddress { get; set; }
    public string? SiloName { get; set; }
    public string? HostName { get; set; }
    public string? RoleName { get; set; }
    public int? Status { get; set; }
    public int? ProxyPort { get; set; }
    public int? UpdateZone { get; set; }
    public int? FaultZone { get; set; }
    public string? SuspectTimes { get; set; }
    public long? StartTime { get; set; }
    public long? IAmAliveTime { get; set; }
    public long? Etag { get; set; }

    public TableVersion ToTableVersion() => new(Version, VersionEtag.ToString(CultureInfo.InvariantCulture));

    public Tuple<MembershipEntry, string> ToEntry() => Tuple.Create(
        new MembershipEntry
        {
            SiloAddress = global::Orleans.Runtime.SiloAddress.FromParsableString(SiloAddress!),
            SiloName = SiloName!,
            HostName = HostName!,
            RoleName = RoleName,
            Status = (SiloStatus)Status!.Value,
            ProxyPort = ProxyPort!.Value,
            UpdateZone = UpdateZone!.Value,
            FaultZone = FaultZone!.Value,
            SuspectTimes = SuspectVotes.Parse(SuspectTimes),
            StartTime = ToDateTime(StartTime!.Value),
            IAmAliveTime = ToDateTime(IAmAliveTime!.Value),
        },
        Etag!.Value.ToString(CultureInfo.InvariantCulture));

    /// <summary>When the entry last changed: its start, its last heartbeat or the latest vote against it (what defunct-entry cleanup compares).</summary>
    public static DateTime LastUpdate(MembershipEntry entry)
    {
        var last = entry.StartTime > entry.IAmAliveTime ? entry.StartTime : entry.IAmAliveTime;
        foreach (var (_, voted) in entry.SuspectTimes ?? []) if (voted > last) last = voted;
        return last;
    }

    public static long ToUnixMs(DateTime time) => StoredTimes.ToUnixMs(new DateTimeOffset(DateTime.SpecifyKind(time, DateTimeKind.Utc)));

    private static DateTime ToDateTime(long unixMs) => StoredTimes.FromUnixMs(unixMs).UtcDateTime;
}
