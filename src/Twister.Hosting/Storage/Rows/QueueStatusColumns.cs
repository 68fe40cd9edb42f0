using System.ComponentModel;
using Twister.Hosting.Tasks;

namespace Twister.Hosting.Storage.Rows;

#pragma warning disable CS1591 // one property per selected column, named as the column alias
/// <summary>The queue status row providers select (see <see cref="Sql"/>).
/// Public only for storage providers in other assemblies (Dapper.AOT writes row readers for accessible types only); not for application code.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed class QueueStatusColumns
{
    /// <summary>The query, with the host clock as <c>@now</c> (Unix milliseconds); the same on every provider.</summary>
    internal const string Sql = """
        SELECT
          COUNT(CASE WHEN run_at <= @now AND (lease_until IS NULL OR lease_until <= @now) THEN 1 END) AS Waiting,
          COUNT(CASE WHEN lease_until > @now THEN 1 END) AS Running,
          COUNT(CASE WHEN run_at > @now AND (lease_until IS NULL OR lease_until <= @now) THEN 1 END) AS Scheduled,
          MIN(CASE WHEN run_at <= @now AND (lease_until IS NULL OR lease_until <= @now) THEN run_at END) AS OldestDueAt
        FROM tasks WHERE status = 'pending'
        """;

    public long Waiting { get; set; }
    public long Running { get; set; }
    public long Scheduled { get; set; }
    public long? OldestDueAt { get; set; }

    internal TaskQueueStatus ToStatus() => new((int)Waiting, (int)Running, (int)Scheduled, StoredTimes.FromUnixMs(OldestDueAt));
}
