using Npgsql;
using Twister.Hosting.Storage;

namespace Twister.Hosting.PostgreSql.Tests;

/// <summary>The commit's statements are planned once per connection, whatever fields of an item are empty.</summary>
public sealed class PostgreSqlPreparedStatementTests : IAsyncLifetime
{
    private const int Items = 40;

    private string _connectionString = null!;

    public async Task InitializeAsync() => _connectionString = await PostgreSqlServer.CreateDatabaseAsync();

    public Task DisposeAsync() => PostgreSqlServer.DropDatabaseAsync(_connectionString);

    [Fact]
    public async Task Activities_with_and_without_optional_fields_run_through_one_prepared_upsert()
    {
        await using (var storage = new PostgreSqlStorage(_connectionString)) await storage.MigrateAsync(CancellationToken.None);
        // One physical connection: the statements it prepared can be read back on it.
        await using var database = new PostgreSqlDatabase(new NpgsqlConnectionStringBuilder(_connectionString) { MaxPoolSize = 1 }.ConnectionString);

        for (var i = 0; i < Items; i++)
        {
            var now = DateTimeOffset.UtcNow;
            // Every other activity leaves its optional fields empty (null parameters).
            var row = i % 2 == 0
                ? new ActivityRow($"src-{i}", "c", ActivityType.Action, "title", null, null, null, null, null, null, null, null, null, null, null, null)
                : new ActivityRow($"src-{i}", "c", ActivityType.Action, "title", now, now, now, "prov", "ch", "ext", "{}", "type", "open", "https://example.com", true, false);
            await database.RunAsync(async connection =>
            {
                await using var transaction = await connection.BeginTransactionAsync();
                await new PostgreSqlWriter(connection, transaction, now.ToUnixTimeMilliseconds(), database.Location).ApplyAsync([new UpsertActivity(row, [])], CancellationToken.None);
                await transaction.CommitAsync();
                return 0;
            }, "committing an activity failed", CancellationToken.None);
        }

        // Each execution of a prepared statement is planned once, generic or custom: the upsert's count is how
        // many items it served. Npgsql prepares a statement after a few uses; an item whose null parameters had
        // no type could not use it and was parsed and planned afresh (half of these items).
        var executions = await database.RunAsync(async connection =>
        {
            await using var command = new NpgsqlCommand(
                "SELECT COALESCE(SUM(generic_plans + custom_plans), 0) FROM pg_prepared_statements WHERE statement LIKE 'INSERT INTO activities%'", connection);
            return Convert.ToInt64(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
        }, "reading the prepared statements failed", CancellationToken.None);
        Assert.InRange(executions, Items - 10, Items);
    }
}
