using System.Globalization;
using Orleans;

namespace Twister.Hosting.Orleans.Clustering;

/// <summary>The parameters of the membership statements (names match the <c>@parameters</c>).</summary>
internal sealed class MembershipParameters
{
    public MembershipParameters(string clusterId, MembershipEntry entry, TableVersion? version = null, string? rowEtag = null)
    {
        ClusterId = clusterId;
        SiloAddress = entry.SiloAddress.ToParsableString();
        SiloName = entry.SiloName ?? "";
        HostName = entry.HostName ?? "";
        RoleName = entry.RoleName;
        Status = (int)entry.Status;
        ProxyPort = entry.ProxyPort;
        UpdateZone = entry.UpdateZone;
        FaultZone = entry.FaultZone;
        SuspectTimes = SuspectVotes.Format(entry.SuspectTimes);
        StartTime = MembershipColumns.ToUnixMs(entry.StartTime);
        IAmAliveTime = MembershipColumns.ToUnixMs(entry.IAmAliveTime);
        LastUpdate = MembershipColumns.ToUnixMs(MembershipColumns.LastUpdate(entry));
        Version = version?.Version ?? 0;
        VersionEtag = ParseEtag(version?.VersionEtag);
        RowEtag = ParseEtag(rowEtag);
    }

    public string ClusterId { get; }
    public string SiloAddress { get; }
    public string SiloName { get; }
    public string HostName { get; }
    public string? RoleName { get; }
    public int Status { get; }
    public int ProxyPort { get; }
    public int UpdateZone { get; }
    public int FaultZone { get; }
    public string? SuspectTimes { get; }
    public long StartTime { get; }
    public long IAmAliveTime { get; }
    public long LastUpdate { get; }
    public int Version { get; }
    public long VersionEtag { get; }
    public long RowEtag { get; }

    // Etags are ours (numbers we hand out); anything else cannot match a row.
    private static long ParseEtag(string? etag) => long.TryParse(etag, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) ? value : -1;
}
