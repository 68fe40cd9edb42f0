using System.ComponentModel;
using System.Data.Common;
using Twister.Hosting.Tasks;

namespace Twister.Hosting.Storage.Rows;

#pragma warning disable CS1591 // one property per selected column, named as the column alias
/// <summary>A row of the <c>tasks</c> table as providers select it (column aliases match the property names).
/// Public only for storage providers in other assemblies (Dapper.AOT writes row readers for accessible types only); not for application code.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed class TaskColumns
{
    internal const string Pending = "pending";
    internal const string Done = "done";
    internal const string Failed = "failed";
    internal const string Cancelled = "cancelled";
    internal const string Orphaned = "orphaned";

    /// <summary>The columns as every provider selects them from <c>tasks</c>.</summary>
    internal const string Columns = """
        id AS Id, connector AS Connector, channel_id AS ChannelId, callback_key AS CallbackKey, arguments AS Arguments,
        invocation AS Invocation, run_at AS RunAt, attempts AS Attempts, status AS Status, last_error AS LastError,
        lease_owner AS LeaseOwner, lease_until AS LeaseUntil
        """;

    public string Id { get; set; } = "";
    public string Connector { get; set; } = "";
    public string ChannelId { get; set; } = "";
    public string CallbackKey { get; set; } = "";
    public byte[] Arguments { get; set; } = [];
    public byte[]? Invocation { get; set; }
    public long RunAt { get; set; }
    public int Attempts { get; set; }
    public string Status { get; set; } = "";
    public string? LastError { get; set; }
    public string? LeaseOwner { get; set; }
    public long? LeaseUntil { get; set; }

    /// <summary>A row selected as <see cref="Columns"/> lists them, read by position (for a statement a provider runs itself).</summary>
    internal static TaskColumns Read(DbDataReader row) => new()
    {
        Id = row.GetString(0),
        Connector = row.GetString(1),
        ChannelId = row.GetString(2),
        CallbackKey = row.GetString(3),
        Arguments = row.GetFieldValue<byte[]>(4),
        Invocation = row.IsDBNull(5) ? null : row.GetFieldValue<byte[]>(5),
        RunAt = row.GetInt64(6),
        Attempts = row.GetInt32(7),
        Status = row.GetString(8),
        LastError = row.IsDBNull(9) ? null : row.GetString(9),
        LeaseOwner = row.IsDBNull(10) ? null : row.GetString(10),
        LeaseUntil = row.IsDBNull(11) ? null : row.GetInt64(11),
    };

    internal QueuedTask ToQueuedTask() => new(
        Id, Connector, CallbackKey, Invocation is not null, StoredTimes.FromUnixMs(RunAt), Attempts, ParseStatus(Status), LastError)
    {
        ChannelId = ChannelId,
        LeaseOwner = LeaseOwner,
        LeaseUntil = StoredTimes.FromUnixMs(LeaseUntil),
    };

    internal ClaimedTask ToClaimedTask() => new(
        Id, Connector, ChannelId, CallbackKey, Arguments, Invocation, StoredTimes.FromUnixMs(RunAt), Attempts,
        LeaseOwner ?? throw new InvalidOperationException($"Task '{Id}' was claimed without an owner."),
        StoredTimes.FromUnixMs(LeaseUntil ?? throw new InvalidOperationException($"Task '{Id}' was claimed without a lease.")));

    internal static string StatusText(QueuedTaskStatus status) => status switch
    {
        QueuedTaskStatus.Pending => Pending,
        QueuedTaskStatus.Done => Done,
        QueuedTaskStatus.Failed => Failed,
        QueuedTaskStatus.Cancelled => Cancelled,
        QueuedTaskStatus.Orphaned => Orphaned,
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, "Unknown task status."),
    };

    private static QueuedTaskStatus ParseStatus(string status) => status switch
    {
        Pending => QueuedTaskStatus.Pending,
        Done => QueuedTaskStatus.Done,
        Failed => QueuedTaskStatus.Failed,
        Cancelled => QueuedTaskStatus.Cancelled,
        Orphaned => QueuedTaskStatus.Orphaned,
        _ => throw new InvalidOperationException($"Unknown task status '{status}'."),
    };
}
