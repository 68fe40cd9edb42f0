using Dapper;

namespace Twister.Hosting.Storage.Sqlite;

/// <inheritdoc />
internal sealed class SqliteStateStore(SqliteDatabase database) : IConnectorStateStore
{
    public Task<byte[]?> GetAsync(string connector, string key, CancellationToken cancellationToken)
        => database.ReadAsync(
            s => s.Connection.QuerySingleOrDefault<byte[]?>("SELECT value FROM store WHERE connector = @connector AND key = @key", new { connector, key }),
            $"state key '{key}' of connector '{connector}'", cancellationToken);

    public Task<IReadOnlyList<string>> ListKeysAsync(string connector, string prefix, CancellationToken cancellationToken)
        => database.ReadAsync<IReadOnlyList<string>>(
            s => s.Connection.Query<string>(
                "SELECT key FROM store WHERE connector = @connector AND substr(key, 1, length(@prefix)) = @prefix ORDER BY key",
                new { connector, prefix }).AsList(),
            $"state keys of connector '{connector}'", cancellationToken);
}
