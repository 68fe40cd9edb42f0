using Twister.Hosting.PostgreSql;

namespace Twister.Hosting.Orleans.Clustering;

/// <summary>
/// The database the cluster's membership lives in (the one the Twister tables use), through the PostgreSQL
/// provider's connection pool and error descriptions. Its tables are created, or upgraded, once per process
/// on first use.
/// </summary>
internal sealed class ClusteringDatabase(string connectionString) : IAsyncDisposable
{
    private readonly PostgreSqlDatabase _database = new(connectionString);
    private readonly SemaphoreSlim _migration = new(1, 1);
    private bool _migrated;

    public string Location => _database.Location;

    public async Task<T> RunAsync<T>(Func<Npgsql.NpgsqlConnection, Task<T>> work, string failure, CancellationToken cancellationToken)
    {
        await EnsureMigratedAsync(cancellationToken).ConfigureAwait(false);
        return await _database.RunAsync(work, failure, cancellationToken).ConfigureAwait(false);
    }

    private async Task EnsureMigratedAsync(CancellationToken cancellationToken)
    {
        if (Volatile.Read(ref _migrated)) return;
        await _migration.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (_migrated) return;
            await _database.RunAsync(async connection =>
            {
                await PostgreSqlMigrator.MigrateAsync(connection, Location, ClusteringSchema.Migrations, cancellationToken).ConfigureAwait(false);
                return 0;
            }, "creating or upgrading the cluster membership tables failed", cancellationToken).ConfigureAwait(false);
            Volatile.Write(ref _migrated, true);
        }
        finally
        {
            _migration.Release();
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _database.DisposeAsync().ConfigureAwait(false);
        _migration.Dispose();
    }
}
