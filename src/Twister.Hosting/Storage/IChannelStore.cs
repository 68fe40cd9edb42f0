namespace Twister.Hosting.Storage;

/// <summary>Installed connectors and their channels. Writes: <see cref="SaveConnector"/>, <see cref="RemoveConnector"/>, <see cref="SaveChannel"/>, <see cref="SetChannelEnabled"/>.</summary>
public interface IChannelStore
{
    /// <summary>The installed channel, or <see langword="null"/>.</summary>
    /// <param name="connector">The connector's name.</param>
    /// <param name="channelId">The channel id.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    Task<ChannelRecord?> FindAsync(string connector, string channelId, CancellationToken cancellationToken);

    /// <summary>The installed channels of <paramref name="connector"/>, by id.</summary>
    /// <param name="connector">The connector's name.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    Task<IReadOnlyList<ChannelRecord>> ListAsync(string connector, CancellationToken cancellationToken);

    /// <summary>The installed connector, or <see langword="null"/>.</summary>
    /// <param name="connector">The connector's name.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    Task<ConnectorRecord?> FindConnectorAsync(string connector, CancellationToken cancellationToken);
}
