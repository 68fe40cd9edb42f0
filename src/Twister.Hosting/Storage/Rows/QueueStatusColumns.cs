using Twister.Hosting.Tasks;

namespace Twister.Hosting.Storage.Rows;

/// <summary>The queue status row providers select (see <see cref="Sql"/>).</summary>
internal sealed class QueueStatusColumns
{
    /// <summary>The query, with the host clock as <c>@now</c> (Unix milliseconds); the same on every provider.</summary>
    public const string Sql = """
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

    public TaskQueueStatus ToStatus() => new((int)Waiting, (int)Running, (int)Scheduled, StoredTimes.FromUnixMs(OldestDueAt));
}
