using System.Collections.Concurrent;
using SQLitePCL;

namespace Twister.Hosting.Storage.Sqlite;

/// <summary>
/// The reader connections of a database file: opened when no idle one is left, pooled after each read, and
/// closed with the database. WAL lets them read beside the writer, each on the last committed state.
/// </summary>
internal sealed class SqliteReaderPool(Func<SqliteConnectionSlot> open) : IDisposable
{
    private readonly ConcurrentBag<SqliteConnectionSlot> _idle = [];
    private readonly List<SqliteConnectionSlot> _all = [];

    /// <summary>An idle reader, or a new one.</summary>
    public SqliteConnectionSlot Take()
    {
        if (_idle.TryTake(out var reader)) return reader;
        reader = open();
        lock (_all) _all.Add(reader);
        return reader;
    }

    /// <summary>Pools a reader again, unless a failure left its read transaction open (it would keep an old state): that one is closed.</summary>
    public void Return(SqliteConnectionSlot reader)
    {
        if (raw.sqlite3_get_autocommit(reader.Connection.Handle) != 0)
        {
            _idle.Add(reader);
            return;
        }
        lock (_all) _all.Remove(reader);
        reader.Dispose();
    }

    public void Dispose()
    {
        lock (_all)
        {
            foreach (var reader in _all) reader.Dispose();
            _all.Clear();
        }
    }
}
