using Twister.Hosting.Storage.Rows;

namespace Twister.Hosting.Storage.Sqlite;

/// <summary>
/// Commits units of work on the writer, several in one transaction when several wait (a group commit): the
/// caller that gets the writer applies every unit queued by then and commits once. SQLite's <c>COMMIT</c>
/// writes the transaction's pages to the WAL, which costs about as much as the statements of a 50-item unit,
/// so units of channels running in parallel share it. If any unit of a group fails, the group is rolled back
/// and its units are committed again one by one, so each succeeds or fails on its own (savepoints would
/// isolate them too, but make SQLite journal every page a unit touches first). Nothing waits to fill a group:
/// a lone unit commits at once.
/// </summary>
internal sealed class SqliteGroupCommit(SqliteDatabase database)
{
    private const string Failure = "committing a unit of work failed; nothing of it was saved";

    private readonly System.Collections.Concurrent.ConcurrentQueue<PendingUnit> _pending = new();

    /// <inheritdoc cref="ITwisterStorage.CommitAsync"/>
    public async Task<IReadOnlyList<int>> CommitAsync(IReadOnlyList<StorageWrite> writes, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var unit = new PendingUnit(writes, StoredTimes.ToUnixMs(now));
        _pending.Enqueue(unit);
        try
        {
            await using var session = await database.EnterAsync(cancellationToken).ConfigureAwait(false);
            // A unit another caller took is settled: the taker settles all it took before it lets go of the writer.
            if (!unit.IsTaken) CommitPending(session);
        }
        catch (OperationCanceledException)
        {
            if (unit.TryWithdraw()) throw;
            // Taken by another caller's commit before the cancellation: its outcome is this unit's.
        }
        return await unit.Outcome.ConfigureAwait(false);
    }

    private void CommitPending(SqliteDatabase.Session session)
    {
        var batch = new List<PendingUnit>();
        while (_pending.TryDequeue(out var unit))
        {
            if (unit.TryTake()) batch.Add(unit);
        }
        if (batch.Count == 0) return;
        if (batch.Count > 1 && TryCommit(session, batch) is null)
        {
            foreach (var unit in batch) unit.Succeed();
            return;
        }
        // Alone, or again one by one after a unit failed the group: each unit's own outcome.
        foreach (var unit in batch)
        {
            if (TryCommit(session, [unit]) is { } failure) unit.Fail(failure);
            else unit.Succeed();
        }
    }

    /// <summary>Applies <paramref name="units"/> in one transaction and commits it; on any failure rolls it all back and returns why.</summary>
    private Exception? TryCommit(SqliteDatabase.Session session, IReadOnlyList<PendingUnit> units)
    {
        try
        {
            session.Run(() =>
            {
                using var transaction = session.Connection.BeginTransaction(deferred: false);
                foreach (var unit in units)
                {
                    var writer = new SqliteWriter(session, transaction, unit.Now, database.Location);
                    for (var i = 0; i < unit.Writes.Count; i++) unit.Changed[i] = writer.Apply(unit.Writes[i]);
                }
                transaction.Commit();
            }, Failure);
            return null;
        }
        catch (Exception ex)
        {
            return ex;
        }
    }

    /// <summary>A unit of work waiting for the writer, and what became of it.</summary>
    private sealed class PendingUnit(IReadOnlyList<StorageWrite> writes, long now)
    {
        private const int Waiting = 0, Taken = 1, Withdrawn = 2;
        private readonly TaskCompletionSource<IReadOnlyList<int>> _outcome = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private int _state;

        public IReadOnlyList<StorageWrite> Writes { get; } = writes;

        public long Now { get; } = now;

        public int[] Changed { get; } = new int[writes.Count];

        public Task<IReadOnlyList<int>> Outcome => _outcome.Task;

        public bool IsTaken => Volatile.Read(ref _state) == Taken;

        public bool TryTake() => Interlocked.CompareExchange(ref _state, Taken, Waiting) == Waiting;

        public bool TryWithdraw() => Interlocked.CompareExchange(ref _state, Withdrawn, Waiting) == Waiting;

        public void Succeed() => _outcome.SetResult(Changed);

        public void Fail(Exception failure) => _outcome.SetException(failure);
    }
}
