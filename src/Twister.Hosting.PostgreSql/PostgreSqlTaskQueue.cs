using Dapper;
using Npgsql;
using Twister.Hosting.Storage;
using Twister.Hosting.Storage.Rows;
using Twister.Hosting.Tasks;

namespace Twister.Hosting.PostgreSql;

/// <summary>
/// The queue on PostgreSQL. A claim picks the task and checks that its channel holds no live lease in one
/// statement, run in a serializable transaction: two hosts claiming in the same channel at once cannot
/// both succeed (PostgreSQL aborts one with a serialization failure, and it tries again).
/// </summary>
internal sealed class PostgreSqlTaskQueue(PostgreSqlDatabase database) : ITaskQueue
{
    private const int ClaimAttempts = 20;

    private const string Columns = TaskColumns.Columns;

    private const string Claim = $"""
        UPDATE tasks SET lease_owner = @owner, lease_until = @leaseUntil, attempts = attempts + 1
        WHERE seq = (
            SELECT t.seq FROM tasks t
            WHERE t.status = 'pending' AND t.run_at <= @now
              AND (t.lease_until IS NULL OR t.lease_until <= @now)
              AND (@connector::text IS NULL OR (t.connector = @connector AND t.channel_id = @channelId))
              AND NOT EXISTS (
                  SELECT 1 FROM tasks l
                  WHERE l.connector = t.connector AND l.channel_id = t.channel_id AND l.status = 'pending' AND l.lease_until > @now)
            ORDER BY t.run_at, t.seq
            LIMIT 1)
        RETURNING {Columns}
        """;

    public Task<ClaimedTask?> ClaimNextAsync(string owner, DateTimeOffset now, DateTimeOffset leaseUntil, ChannelKey? channel, CancellationToken cancellationToken)
        => database.RunAsync(async connection =>
        {
            var arguments = new
            {
                owner,
                leaseUntil = StoredTimes.ToUnixMs(leaseUntil),
                now = StoredTimes.ToUnixMs(now),
                connector = channel?.Connector,
                channelId = channel?.ChannelId,
            };
            for (var attempt = 1; ; attempt++)
            {
                try
                {
                    await using var transaction = await connection.BeginTransactionAsync(System.Data.IsolationLevel.Serializable, cancellationToken).ConfigureAwait(false);
                    var claimed = await connection.QuerySingleOrDefaultAsync<TaskColumns>(Claim, arguments, transaction).ConfigureAwait(false);
                    await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
                    return claimed?.ToClaimedTask();
                }
                catch (PostgresException ex) when (ex.SqlState == PostgresErrorCodes.SerializationFailure && attempt < ClaimAttempts)
                {
                    // Another host claimed in the same channel, or the same task, at the same moment: look again.
                }
            }
        }, "claiming a task failed", cancellationToken);

    public Task<bool> RenewLeaseAsync(string taskId, string owner, DateTimeOffset leaseUntil, CancellationToken cancellationToken)
        => database.RunAsync(
            async c => await c.ExecuteAsync(
                "UPDATE tasks SET lease_until = @leaseUntil WHERE id = @taskId AND lease_owner = @owner AND status = 'pending'",
                new { leaseUntil = StoredTimes.ToUnixMs(leaseUntil), taskId, owner }).ConfigureAwait(false) == 1,
            $"renewing the lease of task '{taskId}' failed", cancellationToken);

    public Task<DateTimeOffset?> NextDueAsync(CancellationToken cancellationToken)
        => database.RunAsync(
            async c => StoredTimes.FromUnixMs(await c.QuerySingleOrDefaultAsync<long?>(
                "SELECT MIN(GREATEST(run_at, COALESCE(lease_until, run_at))) FROM tasks WHERE status = 'pending'").ConfigureAwait(false)),
            "reading the task queue failed", cancellationToken);

    public Task<IReadOnlyList<ChannelKey>> DueChannelsAsync(DateTimeOffset now, int limit, CancellationToken cancellationToken)
        => database.RunAsync<IReadOnlyList<ChannelKey>>(
            async c => [.. (await c.QueryAsync<ChannelKeyColumns>(ChannelKeyColumns.DueChannels, new { now = StoredTimes.ToUnixMs(now), limit }).ConfigureAwait(false)).Select(k => k.ToKey())],
            "reading the task queue failed", cancellationToken);

    public Task<IReadOnlyList<QueuedTask>> ListAsync(CancellationToken cancellationToken)
        => database.RunAsync<IReadOnlyList<QueuedTask>>(
            async c => [.. (await c.QueryAsync<TaskColumns>($"SELECT {Columns} FROM tasks ORDER BY seq").ConfigureAwait(false)).Select(t => t.ToQueuedTask())],
            "reading the task queue failed", cancellationToken);

    public Task<TaskQueueStatus> GetStatusAsync(DateTimeOffset now, CancellationToken cancellationToken)
        => database.RunAsync(
            async c => (await c.QuerySingleAsync<QueueStatusColumns>(QueueStatusColumns.Sql, new { now = StoredTimes.ToUnixMs(now) }).ConfigureAwait(false)).ToStatus(),
            "reading the task queue failed", cancellationToken);
}
