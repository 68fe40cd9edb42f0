using Dapper;
using Twister.Hosting.Storage;

namespace Twister.Hosting.PostgreSql;

/// <inheritdoc />
internal sealed class PostgreSqlStateStore(PostgreSqlDatabase database) : IConnectorStateStore
{
    public Task<byte[]?> GetAsync(string connector, string key, CancellationToken cancellationToken)
        => database.RunAsync(
            c => c.QuerySingleOrDefaultAsync<byte[]?>("SELECT value FROM store WHERE connector = @connector AND key = @key", new { connector, key }),
            $"reading state key '{key}' of connector '{connector}' failed", cancellationToken);

    public Task<IReadOnlyList<string>> ListKeysAsync(string connector, string prefix, CancellationToken cancellationToken)
        => database.RunAsync<IReadOnlyList<string>>(
            async c => (await c.QueryAsync<string>(
                """SELECT key FROM store WHERE connector = @connector AND starts_with(key, @prefix) ORDER BY key COLLATE "C" """,
                new { connector, prefix }).ConfigureAwait(false)).AsList(),
            $"reading the state keys of connector '{connector}' failed", cancellationToken);
}
