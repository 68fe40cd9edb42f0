using Microsoft.Data.Sqlite;

namespace Twister.Hosting.Storage.Sqlite;

/// <summary>
/// The provider's one SQLite connection and the gate around it. Every read and every commit holds the
/// gate only for its own statements, never across connector code or outbound I/O, so executions of
/// different channels interleave freely. Commands are prepared once per SQL text and reused: preparing
/// is most of what a small statement costs.
/// </summary>
internal sealed class SqliteDatabase : IAsyncDisposable
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly Dictionary<string, SqliteCommand> _commands = new(StringComparer.Ordinal);
    private readonly Dictionary<string, SqliteStatement> _statements = new(StringComparer.Ordinal);
    private readonly SqliteConnection _connection;
    private readonly string? _path;

    /// <summary>Opens nothing yet; <see cref="OpenAsync"/> does, in <see cref="ITwisterStorage.MigrateAsync"/>.</summary>
    /// <param name="path">The database file, or <see langword="null"/> for a private in-memory database.</param>
    public SqliteDatabase(string? path)
    {
        _path = path is null ? null : Path.GetFullPath(path);
        Location = _path is null ? "SQLite in-memory database" : $"SQLite file '{_path}'";
        _connection = new SqliteConnection(new SqliteConnectionStringBuilder
        {
            DataSource = _path ?? ":memory:",
            Pooling = false,
            DefaultTimeout = 30,
        }.ConnectionString);
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
            _connection.Open();
            using var pragmas = _connection.CreateCommand();
            pragmas.CommandText = _path is null
                ? "PRAGMA foreign_keys = OFF;"
                : "PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA busy_timeout = 30000;";
            pragmas.ExecuteNonQuery();
        }, "cannot be opened. Check that the path is a SQLite database and that this process may read and write it");
    }

    /// <summary>Waits for the connection.</summary>
    public async Task<Session> EnterAsync(CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        return new Session(this);
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var command in _commands.Values) await command.DisposeAsync().ConfigureAwait(false);
        foreach (var statement in _statements.Values) statement.Dispose();
        await _connection.DisposeAsync().ConfigureAwait(false);
        _gate.Dispose();
    }

    /// <summary>Exclusive use of the connection until disposed.</summary>
    public readonly struct Session(SqliteDatabase database) : IAsyncDisposable
    {
        public SqliteConnection Connection => database._connection;

        /// <summary>
        /// A prepared command for <paramref name="sql"/>, reused across calls, with its parameters set in
        /// order to <paramref name="values"/>: <c>$1</c>, <c>$2</c>, ... as in PostgreSQL.
        /// </summary>
        public SqliteCommand Command(string sql, SqliteTransaction? transaction, params ReadOnlySpan<object?> values)
        {
            if (!database._commands.TryGetValue(sql, out var command))
            {
                command = database._connection.CreateCommand();
                command.CommandText = sql;
                database._commands.Add(sql, command);
            }
            command.Transaction = transaction;
            var parameters = command.Parameters;
            for (var i = parameters.Count; i < values.Length; i++) parameters.Add(new SqliteParameter { ParameterName = "$" + (i + 1) });
            for (var i = 0; i < values.Length; i++) parameters[i].Value = values[i] ?? DBNull.Value;
            return command;
        }

        /// <summary>The write statement for <paramref name="sql"/>, prepared on first use and reused (see <see cref="SqliteStatement"/>).</summary>
        public SqliteStatement Statement(string sql)
        {
            if (!database._statements.TryGetValue(sql, out var statement))
            {
                statement = SqliteStatement.Prepare(database._connection.Handle!, sql);
                database._statements.Add(sql, statement);
            }
            return statement;
        }

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

        public ValueTask DisposeAsync()
        {
            database._gate.Release();
            return ValueTask.CompletedTask;
        }
    }
}
