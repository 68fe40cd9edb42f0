using Dapper;
using Twister.Hosting.Storage;
using Twister.Hosting.Storage.Rows;

namespace Twister.Hosting.PostgreSql;

/// <inheritdoc />
internal sealed class PostgreSqlChannelStore(PostgreSqlDatabase database) : IChannelStore
{
    private const string Columns = ChannelColumns.Columns;

    public Task<ChannelRecord?> FindAsync(string connector, string channelId, CancellationToken cancellationToken)
        => database.RunAsync(
            async c => (await c.QuerySingleOrDefaultAsync<ChannelColumns>(
                $"SELECT {Columns} FROM channels WHERE connector = @connector AND channel_id = @channelId", new { connector, channelId }).ConfigureAwait(false))?.ToRecord(),
            $"reading channel '{channelId}' of connector '{connector}' failed", cancellationToken);

    public Task<IReadOnlyList<ChannelRecord>> ListAsync(string connector, CancellationToken cancellationToken)
        => database.RunAsync<IReadOnlyList<ChannelRecord>>(
            async c => [.. (await c.QueryAsync<ChannelColumns>(
                $"SELECT {Columns} FROM channels WHERE connector = @connector ORDER BY channel_id COLLATE \"C\"", new { connector }).ConfigureAwait(false)).Select(x => x.ToRecord())],
            $"reading the channels of connector '{connector}' failed", cancellationToken);

    public Task<ConnectorRecord?> FindConnectorAsync(string connector, CancellationToken cancellationToken)
        => database.RunAsync(
            async c => (await c.QuerySingleOrDefaultAsync<ConnectorColumns>($"{ConnectorColumns.Select} WHERE name = @connector", new { connector }).ConfigureAwait(false))?.ToRecord(),
            $"reading connector '{connector}' failed", cancellationToken);
}
