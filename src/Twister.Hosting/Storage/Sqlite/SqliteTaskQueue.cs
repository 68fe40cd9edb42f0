using Dapper;
using Twister.Hosting.Storage.Rows;
using Twister.Hosting.Tasks;

namespace Twister.Hosting.Storage.Sqlite;

/// <summary>
/// The queue on SQLite. Claiming is one <c>UPDATE ... RETURNING</c> in a write transaction, and SQLite runs
/// one writer at a time (across processes too), so the task it picks and the check that its channel holds
/// no live lease cannot interleave with another host's claim.
/// </summary>
internal sealed class SqliteTaskQueue(SqliteDatabase database) : ITaskQueue
{
    private const string Columns = TaskColumns.Columns;

    // $1 owner, $2 lease end, $3 now, $4 and $5 the channel (connector, id) or nulls.
    private const string Claim = $"""
        UPDATE tasks SET lease_owner = $1, lease_until = $2, attempts = attempts + 1
        WHERE seq = (
            SELECT t.seq FROM tasks t
            WHERE t.status = 'pending' AND t.run_at <= $3
              AND (t.lease_until IS NULL OR t.lease_until <= $3)
              AND ($4 IS NULL OR (t.connector = $4 AND t.channel_id = $5))
              AND NOT EXISTS (
                  SELECT 1 FROM tasks l
                  WHERE l.connector = t.connector AND l.channel_id = t.channel_id AND l.status = 'pending' AND l.lease_until > $3)
            ORDER BY t.run_at, t.seq
            LIMIT 1)
        RETURNING {Columns}
        """;

    public async Task<ClaimedTask?> ClaimNextAsync(string owner, DateTimeOffset now, DateTimeOffset leaseUntil, ChannelKey? channel, CancellationToken cancellationToken)
    {
        await using var session = await database.EnterAsync(cancellationToken).ConfigureAwait(false);
        return session.Run(() =>
        {
            using var transaction = session.Connection.BeginTransaction(deferred: false);
            // The command is prepared once and reused: preparing this statement was most of a claim's time.
            ClaimedTask? claimed = null;
            using (var row = session.Command(Claim, transaction, owner, StoredTimes.ToUnixMs(leaseUntil), StoredTimes.ToUnixMs(now), channel?.Connector, channel?.ChannelId).ExecuteReader())
            {
                if (row.Read()) claimed = TaskColumns.Read(row).ToClaimedTask();
            }
            transaction.Commit();
            return claimed;
        }, "claiming a task failed");
    }

    public async Task<bool> RenewLeaseAsync(string taskId, string owner, DateTimeOffset leaseUntil, CancellationToken cancellationToken)
    {
        await using var session = await database.EnterAsync(cancellationToken).ConfigureAwait(false);
        return session.Run(
            () => session.Command(
                "UPDATE tasks SET lease_until = $1 WHERE id = $2 AND lease_owner = $3 AND status = 'pending'",
                transaction: null, StoredTimes.ToUnixMs(leaseUntil), taskId, owner).ExecuteNonQuery() == 1,
            $"renewing the lease of task '{taskId}' failed");
    }

    public Task<DateTimeOffset?> NextDueAsync(CancellationToken cancellationToken)
        => database.ReadAsync(
            s => StoredTimes.FromUnixMs(s.Connection.QuerySingleOrDefault<long?>(
                "SELECT MIN(CASE WHEN lease_until > run_at THEN lease_until ELSE run_at END) FROM tasks WHERE status = 'pending'")),
            "the task queue", cancellationToken);

    public Task<IReadOnlyList<ChannelKey>> DueChannelsAsync(DateTimeOffset now, int limit, CancellationToken cancellationToken)
        => database.ReadAsync<IReadOnlyList<ChannelKey>>(
            s => [.. s.Connection.Query<ChannelKeyColumns>(ChannelKeyColumns.DueChannels, new { now = StoredTimes.ToUnixMs(now), limit }).Select(c => c.ToKey())],
            "the task queue", cancellationToken);

    public Task<IReadOnlyList<QueuedTask>> ListAsync(CancellationToken cancellationToken)
        => database.ReadAsync<IReadOnlyList<QueuedTask>>(
            s => [.. s.Connection.Query<TaskColumns>($"SELECT {Columns} FROM tasks ORDER BY seq").Select(t => t.ToQueuedTask())],
            "the task queue", cancellationToken);

    public Task<TaskQueueStatus> GetStatusAsync(DateTimeOffset now, CancellationToken cancellationToken)
        => database.ReadAsync(
            s => s.Connection.QuerySingle<QueueStatusColumns>(QueueStatusColumns.Sql, new { now = StoredTimes.ToUnixMs(now) }).ToStatus(),
            "the task queue", cancellationToken);
}
