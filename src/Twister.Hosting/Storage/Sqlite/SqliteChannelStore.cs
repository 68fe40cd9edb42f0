using Dapper;
using Twister.Hosting.Storage.Rows;

namespace Twister.Hosting.Storage.Sqlite;

/// <inheritdoc />
internal sealed class SqliteChannelStore(SqliteDatabase database) : IChannelStore
{
    private const string Columns = ChannelColumns.Columns;

    public Task<ChannelRecord?> FindAsync(string connector, string channelId, CancellationToken cancellationToken)
        => database.ReadAsync(
            s => s.Connection.QuerySingleOrDefault<ChannelColumns>(
                $"SELECT {Columns} FROM channels WHERE connector = @connector AND channel_id = @channelId", new { connector, channelId })?.ToRecord(),
            $"channel '{channelId}' of connector '{connector}'", cancellationToken);

    public Task<IReadOnlyList<ChannelRecord>> ListAsync(string connector, CancellationToken cancellationToken)
        => database.ReadAsync<IReadOnlyList<ChannelRecord>>(
            s => [.. s.Connection.Query<ChannelColumns>($"SELECT {Columns} FROM channels WHERE connector = @connector ORDER BY channel_id", new { connector }).Select(c => c.ToRecord())],
            $"channels of connector '{connector}'", cancellationToken);

    public Task<ConnectorRecord?> FindConnectorAsync(string connector, CancellationToken cancellationToken)
        => database.ReadAsync(
            s => s.Connection.QuerySingleOrDefault<ConnectorColumns>($"{ConnectorColumns.Select} WHERE name = @connector", new { connector })?.ToRecord(),
            $"connector '{connector}'", cancellationToken);
}
