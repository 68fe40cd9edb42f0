using Npgsql;
using Twister.Hosting.Storage;

namespace Twister.Hosting.PostgreSql;

/// <summary>The connection pool, and every database call wrapped so that errors name the server and what to do.</summary>
internal sealed class PostgreSqlDatabase : IAsyncDisposable
{
    private readonly NpgsqlDataSource _dataSource;

    public PostgreSqlDatabase(string connectionString)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        Location = $"PostgreSQL database '{builder.Database ?? builder.Username}' on {builder.Host}:{builder.Port}";
        _dataSource = NpgsqlDataSource.Create(builder);
    }

    public string Location { get; }

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
}
