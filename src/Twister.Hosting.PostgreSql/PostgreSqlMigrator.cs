using Npgsql;
using Twister.Hosting.Storage;

namespace Twister.Hosting.PostgreSql;

/// <summary>A list of migrations: migration <em>i</em> brings the schema from version <em>i</em> to <em>i + 1</em>.</summary>
/// <param name="Owner">The package that writes these tables, as error messages name it.</param>
/// <param name="VersionTable">The table recording how many migrations ran.</param>
/// <param name="LockKey">The advisory lock hosts take while migrating (any constant, the same for every host).</param>
/// <param name="Steps">The migrations, in order. Append; never edit one that has shipped.</param>
internal sealed record PostgreSqlMigrations(string Owner, string VersionTable, long LockKey, IReadOnlyList<string> Steps);

/// <summary>
/// Applies a migration list in one transaction under a transaction-scoped advisory lock, so hosts that start
/// together migrate one at a time; refuses, untouched, a database written by a newer version.
/// </summary>
internal static class PostgreSqlMigrator
{
    /// <summary>Brings the schema of <paramref name="migrations"/> to its newest version.</summary>
    /// <exception cref="TwisterStorageException">The database was written by a newer version.</exception>
    public static async Task MigrateAsync(NpgsqlConnection connection, string location, PostgreSqlMigrations migrations, CancellationToken cancellationToken)
    {
        var current = migrations.Steps.Count;
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        await ExecuteAsync(connection, $"SELECT pg_advisory_xact_lock({migrations.LockKey}); CREATE TABLE IF NOT EXISTS {migrations.VersionTable} (version integer NOT NULL);", cancellationToken).ConfigureAwait(false);
        await using (var read = new NpgsqlCommand($"SELECT max(version) FROM {migrations.VersionTable}", connection))
        {
            var version = await read.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) is int stored ? stored : 0;
            if (version > current)
            {
                throw new TwisterStorageException(location,
                    $"the database has schema version {version}, written by a newer version of {migrations.Owner}; this version knows schema versions up to {current}. " +
                    $"Upgrade {migrations.Owner}, or point the connection string at another database. Nothing was changed.");
            }
            for (; version < current; version++) await ExecuteAsync(connection, migrations.Steps[version], cancellationToken).ConfigureAwait(false);
            await ExecuteAsync(connection, $"DELETE FROM {migrations.VersionTable}; INSERT INTO {migrations.VersionTable} (version) VALUES ({current});", cancellationToken).ConfigureAwait(false);
        }
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }
}
