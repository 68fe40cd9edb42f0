using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Twister.Hosting.Configuration;
using Twister.Hosting.Storage;

namespace Twister.Hosting.PostgreSql.Tests;

/// <summary>Storage errors name the server and what to do; a schema from a newer version is refused untouched.</summary>
public sealed class PostgreSqlErrorTests
{
    [Fact]
    public async Task A_database_from_a_newer_version_is_refused_with_what_to_do_and_left_unchanged()
    {
        var connectionString = await PostgreSqlServer.CreateDatabaseAsync();
        try
        {
            await using (var storage = new PostgreSqlStorage(connectionString)) await storage.MigrateAsync(CancellationToken.None);
            await ExecuteAsync(connectionString, "UPDATE twister_schema SET version = 99; INSERT INTO store VALUES ('c', 'k', '\\x01')");

            await using var newer = new PostgreSqlStorage(connectionString);
            var error = await Assert.ThrowsAsync<TwisterStorageException>(() => newer.MigrateAsync(CancellationToken.None));

            Assert.Contains($"PostgreSQL database '{new NpgsqlConnectionStringBuilder(connectionString).Database}'", error.Message);
            Assert.Contains("schema version 99, written by a newer version of Twister.Hosting.PostgreSql", error.Message);
            Assert.Contains($"up to {PostgreSqlSchema.CurrentVersion}", error.Message);
            Assert.Contains("Upgrade Twister.Hosting.PostgreSql", error.Message);
            Assert.Equal(99, await ScalarAsync<int>(connectionString, "SELECT version FROM twister_schema"));
            Assert.Equal(1L, await ScalarAsync<long>(connectionString, "SELECT count(*) FROM store"));
        }
        finally
        {
            await PostgreSqlServer.DropDatabaseAsync(connectionString);
        }
    }

    [Fact]
    public void An_unreachable_server_is_named_with_what_to_check()
    {
        var services = new ServiceCollection();
        services.AddTwister(o =>
        {
            o.UsePostgreSql("Host=127.0.0.1;Port=1;Username=nobody;Database=nowhere;Timeout=2");
            o.RunTaskWorker = false;
            o.RunWebhookServer = false;
        });
        using var provider = services.BuildServiceProvider();

        var error = Assert.Throws<TwisterStorageException>(() => provider.GetRequiredService<TwisterHost>());

        Assert.Contains("PostgreSQL database 'nowhere' on 127.0.0.1:1", error.Message);
        Assert.Contains("cannot be reached; check that it runs and that Host and Port", error.Message);
    }

    [Fact]
    public async Task A_missing_database_is_named_with_what_to_do()
    {
        var missing = new NpgsqlConnectionStringBuilder(await PostgreSqlServer.CreateDatabaseAsync());
        await PostgreSqlServer.DropDatabaseAsync(missing.ConnectionString);

        await using var storage = new PostgreSqlStorage(missing.ConnectionString);
        var error = await Assert.ThrowsAsync<TwisterStorageException>(() => storage.MigrateAsync(CancellationToken.None));

        Assert.Contains($"PostgreSQL database '{missing.Database}'", error.Message);
        Assert.Contains("the database does not exist; create it", error.Message);
    }

    private static async Task ExecuteAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    private static async Task<T> ScalarAsync<T>(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return (T)(await command.ExecuteScalarAsync())!;
    }
}
