using Npgsql;
using Twister.Hosting.Storage;

namespace Twister.Hosting.PostgreSql;

/// <summary>The connection pool, and every database call wrapped so that errors name the server and what to do.</summary>
internal sealed class PostgreSqlDatabase : IAsyncDisposable
{
    /// <summary>Statements each pooled connection keeps prepared unless the connection string says otherwise.</summary>
    public const int DefaultMaxAutoPrepare = 64;

    private readonly NpgsqlDataSource _dataSource;

    public PostgreSqlDatabase(string connectionString)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        // A commit sends the same few statements for every item; prepared, the server parses and plans each once
        // per connection instead of once per item. An explicit setting wins (0 for PgBouncer in transaction mode).
        if (!Sets(connectionString, "MaxAutoPrepare")) builder.MaxAutoPrepare = DefaultMaxAutoPrepare;
        // The provider leaves no session state behind (no SET, LISTEN, temporary tables or session locks), so a
        // connection taken from the pool needs no reset: the reset was a server statement per read and per commit.
        if (!Sets(connectionString, "NoResetOnClose")) builder.NoResetOnClose = true;
        Location = $"PostgreSQL database '{builder.Database ?? builder.Username}' on {builder.Host}:{builder.Port}";
        _dataSource = NpgsqlDataSource.Create(builder);
    }

    public string Location { get; }

    /// <summary>The settings the pool connects with (the password left out).</summary>
    public string ConnectionString => _dataSource.ConnectionString;

    /// <summary>Runs <paramref name="work"/> on a pooled connection.</summary>
    /// <param name="work">The statements.</param>
    /// <param name="failure">What failed, completing "PostgreSQL database '...' on host:port: ".</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    public async Task<T> RunAsync<T>(Func<NpgsqlConnection, Task<T>> work, string failure, CancellationToken cancellationToken)
    {
        try
        {
            await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
            return await work(connection).ConfigureAwait(false);
        }
        catch (NpgsqlException ex)
        {
            throw PostgreSqlErrors.Describe(Location, failure, ex);
        }
    }

    public ValueTask DisposeAsync() => _dataSource.DisposeAsync();

    /// <summary>Whether the connection string sets <paramref name="setting"/> (named without spaces, in any case).</summary>
    private static bool Sets(string connectionString, string setting)
    {
        var keys = new System.Data.Common.DbConnectionStringBuilder { ConnectionString = connectionString }.Keys.Cast<string>();
        return keys.Any(key => key.Replace(" ", "", StringComparison.Ordinal).Equals(setting, StringComparison.OrdinalIgnoreCase));
    }
}
