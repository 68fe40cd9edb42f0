using Microsoft.Data.Sqlite;

namespace Twister.Hosting.Storage.Sqlite;

/// <summary>
/// The provider's connections: one writer behind a gate, for commits, claims and lease renewals, and, for a
/// file, a pool of readers (<see cref="SqliteReaderPool"/>), so a read never waits for a commit, and the
/// connection of its <see cref="SqliteCheckpointer"/>. The writer's gate is held only for a write's own
/// statements, never across connector code or outbound I/O. A private in-memory database has one
/// connection, which reads share.
/// </summary>
internal sealed class SqliteDatabase : IAsyncDisposable
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly SqliteConnectionSlot _writer;
    private readonly SqliteReaderPool? _readers;
    private readonly string? _path;
    private readonly string _connectionString;
    private SqliteCheckpointer? _checkpointer;

    /// <summary>Opens nothing yet; <see cref="OpenAsync"/> does, in <see cref="ITwisterStorage.MigrateAsync"/>.</summary>
    /// <param name="path">The database file, or <see langword="null"/> for a private in-memory database.</param>
    public SqliteDatabase(string? path)
    {
        _path = path is null ? null : Path.GetFullPath(path);
        Location = _path is null ? "SQLite in-memory database" : $"SQLite file '{_path}'";
        _connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = _path ?? ":memory:",
            Pooling = false,
            DefaultTimeout = 30,
        }.ConnectionString;
        _writer = new SqliteConnectionSlot(new SqliteConnection(_connectionString));
        if (_path is not null)
            _readers = new SqliteReaderPool(() => new SqliteConnectionSlot(OpenConnection("PRAGMA busy_timeout = 30000; PRAGMA query_only = ON;", "cannot be opened for reading")));
    }

    public string Location { get; }

    /// <summary>Creates the folder, opens the file and sets the pragmas (WAL, a busy timeout for a second host on the file).</summary>
    public async Task OpenAsync(CancellationToken cancellationToken)
    {
        if (_path is not null)
        {
            try
            {
                Directory.CreateDirectory(Path.GetDirectoryName(_path)!);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                throw new TwisterStorageException(Location, $"its folder cannot be created ({ex.Message}). Choose a writable DatabasePath.", ex);
            }
        }
        await using var session = await EnterAsync(cancellationToken).ConfigureAwait(false);
        session.Run(() =>
        {
            _writer.Connection.Open();
            Pragmas(_writer.Connection, _path is null
                ? "PRAGMA foreign_keys = OFF;"
                : $"PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA busy_timeout = 30000; PRAGMA wal_autocheckpoint = {SqliteCheckpointer.WriterCheckpointPages};");
        }, "cannot be opened. Check that the path is a SQLite database and that this process may read and write it");
        if (_path is not null) _checkpointer = new SqliteCheckpointer(OpenConnection("PRAGMA busy_timeout = 0;", "cannot be opened for checkpoints"));
    }

    /// <summary>Waits for the writer.</summary>
    public async Task<Session> EnterAsync(CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        return new Session(this, _writer);
    }

    /// <summary>An idle reader, opened if none is (the writer, for an in-memory database).</summary>
    public Task<Session> EnterReadAsync(CancellationToken cancellationToken)
        => _readers is null ? EnterAsync(cancellationToken) : Task.FromResult(new Session(this, _readers.Take()));

    /// <summary>Another connection to the file, with <paramref name="pragmas"/> set; a failure names the file and says <paramref name="failure"/>.</summary>
    private SqliteConnection OpenConnection(string pragmas, string failure)
    {
        var connection = new SqliteConnection(_connectionString);
        try
        {
            connection.Open();
            Pragmas(connection, pragmas);
            return connection;
        }
        catch (SqliteException ex)
        {
            connection.Dispose();
            throw SqliteErrors.Describe(Location, failure, ex);
        }
    }

    private static void Pragmas(SqliteConnection connection, string pragmas)
    {
        using var command = connection.CreateCommand();
        command.CommandText = pragmas;
        command.ExecuteNonQuery();
    }

    public async ValueTask DisposeAsync()
    {
        if (_checkpointer is not null) await _checkpointer.DisposeAsync().ConfigureAwait(false);
        await _gate.WaitAsync().ConfigureAwait(false);
        _readers?.Dispose();
        _writer.Dispose();
        _gate.Dispose();
    }

    /// <summary>Exclusive use of a connection (the writer or a reader) until disposed.</summary>
    public readonly struct Session(SqliteDatabase database, SqliteConnectionSlot slot) : IAsyncDisposable
    {
        public SqliteConnection Connection => slot.Connection;

        /// <inheritdoc cref="SqliteConnectionSlot.Command"/>
        public SqliteCommand Command(string sql, SqliteTransaction? transaction, params ReadOnlySpan<object?> values)
            => slot.Command(sql, transaction, values);

        /// <inheritdoc cref="SqliteConnectionSlot.Statement"/>
        public SqliteStatement Statement(string sql) => slot.Statement(sql);

        /// <summary>Runs <paramref name="work"/>, turning SQLite errors into <see cref="TwisterStorageException"/>s that name the file.</summary>
        /// <param name="work">The statements.</param>
        /// <param name="failure">What failed, completing "SQLite file '...': ".</param>
        public T Run<T>(Func<T> work, string failure)
        {
            try
            {
                return work();
            }
            catch (SqliteException ex)
            {
                throw SqliteErrors.Describe(database.Location, failure, ex);
            }
        }

        /// <inheritdoc cref="Run{T}(Func{T}, string)"/>
        public void Run(Action work, string failure) => Run(() => { work(); return 0; }, failure);

        /// <summary>
        /// Runs <paramref name="read"/> in one read transaction on a reader, so its statements see one state
        /// however many commits land meanwhile (on the writer, the gate already keeps commits out).
        /// </summary>
        public T InSnapshot<T>(Func<Session, T> read)
        {
            if (slot == database._writer) return read(this);
            slot.Command("BEGIN", transaction: null).ExecuteNonQuery();
            try
            {
                return read(this);
            }
            finally
            {
                slot.Command("COMMIT", transaction: null).ExecuteNonQuery();
            }
        }

        public ValueTask DisposeAsync()
        {
            if (slot == database._writer) database._gate.Release();
            else database._readers!.Return(slot);
            return ValueTask.CompletedTask;
        }
    }
}
