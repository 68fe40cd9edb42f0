using Microsoft.Data.Sqlite;
using Twister.Hosting.Configuration;

namespace Twister.Hosting.Storage;

/// <summary>
/// The host's one SQLite connection. Every use holds the gate, so an execution owns the connection
/// (and its transaction) from its first tool call to its commit: that is what makes an execution a
/// unit of work whose reads see its own writes.
/// </summary>
internal sealed class TwisterDatabase : IAsyncDisposable
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly SqliteConnection _connection;
    private readonly bool _inMemory;
    private bool _initialized;

    public TwisterDatabase(TwisterOptions options)
    {
        _inMemory = options.UseInMemoryDatabase;
        var builder = new SqliteConnectionStringBuilder
        {
            DataSource = _inMemory ? ":memory:" : Path.GetFullPath(options.DatabasePath),
            Pooling = false,
        };
        _connection = new SqliteConnection(builder.ConnectionString);
    }

    /// <summary>The transaction of the execution holding the gate, if any.</summary>
    public SqliteTransaction? Transaction { get; private set; }

    /// <summary>Waits for exclusive use of the connection.</summary>
    public async Task<Lease> AcquireAsync(CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            EnsureInitialized();
        }
        catch
        {
            _gate.Release();
            throw;
        }
        return new Lease(this);
    }

    /// <summary>Starts the transaction every command of the lease joins until it is committed or rolled back.</summary>
    public void BeginTransaction() => Transaction = _connection.BeginTransaction();

    public void Commit() => EndTransaction(commit: true);

    public void Rollback() => EndTransaction(commit: false);

    /// <summary>Creates a command bound to the current transaction; parameters are given as name/value pairs.</summary>
    public SqliteCommand Command(string sql, params (string Name, object? Value)[] parameters)
    {
        var command = _connection.CreateCommand();
        command.CommandText = sql;
        command.Transaction = Transaction;
        foreach (var (name, value) in parameters) command.Parameters.AddWithValue(name, value ?? DBNull.Value);
        return command;
    }

    public int Execute(string sql, params (string Name, object? Value)[] parameters)
    {
        using var command = Command(sql, parameters);
        return command.ExecuteNonQuery();
    }

    public object? Scalar(string sql, params (string Name, object? Value)[] parameters)
    {
        using var command = Command(sql, parameters);
        var value = command.ExecuteScalar();
        return value is DBNull ? null : value;
    }

    public async ValueTask DisposeAsync()
    {
        await _connection.DisposeAsync().ConfigureAwait(false);
        _gate.Dispose();
    }

    private void EndTransaction(bool commit)
    {
        var transaction = Transaction ?? throw new InvalidOperationException("No transaction is open.");
        Transaction = null;
        if (commit) transaction.Commit();
        else transaction.Rollback();
        transaction.Dispose();
    }

    private void EnsureInitialized()
    {
        if (_initialized) return;
        _connection.Open();
        if (!_inMemory) Execute("PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;");
        Execute(Schema.Sql);
        _initialized = true;
    }

    private void Release()
    {
        if (Transaction is not null) Rollback();
        _gate.Release();
    }

    /// <summary>Exclusive use of the connection; disposing it rolls back an uncommitted transaction.</summary>
    public readonly struct Lease(TwisterDatabase database) : IDisposable
    {
        public void Dispose() => database.Release();
    }
}
