using Microsoft.Extensions.Configuration;
using Twister.Hosting.Execution;
using Twister.Hosting.Plot;
using Twister.Hosting.Storage;
using Twister.Runtime;

namespace Twister.Hosting.Connectors;

/// <summary>
/// Drives one connector's channel lifecycle the way Plot would: install with a development token,
/// list channels, enable and disable them, and create links from Plot drafts. Every call is one execution.
/// </summary>
public sealed class ConnectorLifecycle
{
    private readonly ConnectorRegistration _connector;
    private readonly ExecutionEngine _engine;
    private readonly TwisterDatabase _database;
    private readonly IConfiguration? _configuration;

    internal ConnectorLifecycle(ConnectorRegistration connector, ExecutionEngine engine, TwisterDatabase database, IConfiguration? configuration)
    {
        _connector = connector;
        _engine = engine;
        _database = database;
        _configuration = configuration;
    }

    /// <summary>The connector's name.</summary>
    public string Name => _connector.Name;

    /// <summary>The connector's manifest.</summary>
    public ConnectorManifest Manifest => _connector.Descriptor.Manifest;

    /// <summary>
    /// Authorizes the connector with a development token and records the channels it lists (disabled).
    /// The token is, in order: <paramref name="developmentToken"/>, <c>AddConnector</c>'s
    /// <see cref="Configuration.ConnectorOptions.DevelopmentToken"/>, configuration key <c>Twister:Connectors:{name}:DevelopmentToken</c>.
    /// </summary>
    /// <param name="developmentToken">The token, or <see langword="null"/> to look it up.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The channels the connector offers.</returns>
    /// <exception cref="ExecutionFailedException"><c>GetChannelsAsync</c> failed.</exception>
    public async Task<IReadOnlyList<Channel>> InstallAsync(string? developmentToken = null, CancellationToken cancellationToken = default)
    {
        var token = developmentToken
            ?? _connector.Options.DevelopmentToken
            ?? _configuration?[$"Twister:Connectors:{Name}:DevelopmentToken"]
            ?? throw new InvalidOperationException($"No development token for connector '{Name}': pass one, set it in AddConnector, or configure Twister:Connectors:{Name}:DevelopmentToken.");
        IReadOnlyList<Channel> channels = [];
        await RunAsync(ExecutionKind.GetChannels, async (scope, ct) =>
        {
            channels = await _connector.Hooks.GetChannelsAsync(scope.Instance, new Authorization(Manifest.Provider, Manifest.Scopes), new AuthToken(token, Manifest.Scopes), ct).ConfigureAwait(false);
            foreach (var channel in channels)
            {
                _database.Execute(
                    """
                    INSERT INTO channels (connector, channel_id, title, token) VALUES (@c, @id, @t, @token)
                    ON CONFLICT (connector, channel_id) DO UPDATE SET title = excluded.title, token = excluded.token
                    """,
                    ("@c", Name), ("@id", channel.Id), ("@t", channel.Title), ("@token", token));
            }
        }, cancellationToken).ConfigureAwait(false);
        return channels;
    }

    /// <summary>The installed channels.</summary>
    /// <param name="cancellationToken">Cancels the call.</param>
    public async Task<IReadOnlyList<InstalledChannel>> GetChannelsAsync(CancellationToken cancellationToken = default)
    {
        using var lease = await _database.AcquireAsync(cancellationToken).ConfigureAwait(false);
        using var command = _database.Command("SELECT channel_id, title, enabled FROM channels WHERE connector = @c ORDER BY channel_id", ("@c", Name));
        using var reader = command.ExecuteReader();
        var result = new List<InstalledChannel>();
        while (reader.Read()) result.Add(new InstalledChannel(reader.GetString(0), reader.GetString(1), reader.GetInt64(2) == 1));
        return result;
    }

    /// <summary>Enables an installed channel: runs <c>OnChannelEnabledAsync</c> (which typically queues the initial sync).</summary>
    /// <param name="channelId">The channel.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <exception cref="ExecutionFailedException">The hook failed; the channel stays disabled.</exception>
    public Task EnableChannelAsync(string channelId, CancellationToken cancellationToken = default)
        => RunAsync(ExecutionKind.ChannelEnabled, (scope, ct) =>
        {
            var channel = SetEnabled(channelId, enabled: true);
            return _connector.Hooks.OnChannelEnabledAsync(scope.Instance, channel, ct);
        }, cancellationToken);

    /// <summary>
    /// Disables a channel: runs <c>OnChannelDisabledAsync</c>, then archives the channel's activities in
    /// bulk, in the same unit of work.
    /// </summary>
    /// <param name="channelId">The channel.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The number of activities archived.</returns>
    /// <exception cref="ExecutionFailedException">The hook failed; nothing was archived.</exception>
    public async Task<int> DisableChannelAsync(string channelId, CancellationToken cancellationToken = default)
    {
        var archived = 0;
        await RunAsync(ExecutionKind.ChannelDisabled, async (scope, ct) =>
        {
            var channel = SetEnabled(channelId, enabled: false);
            await _connector.Hooks.OnChannelDisabledAsync(scope.Instance, channel, ct).ConfigureAwait(false);
            archived = PlotStore.ArchiveChannel(_database, Name, channelId, scope.Now);
        }, cancellationToken).ConfigureAwait(false);
        return archived;
    }

    /// <summary>
    /// Creates an external item from a Plot draft through <c>OnCreateLinkAsync</c> and upserts the returned
    /// link (channel and type default to the draft's). Only link types with a create-default status allow it.
    /// </summary>
    /// <param name="draft">The user's draft.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The linked activity, or <see langword="null"/> when the connector returned no link.</returns>
    /// <exception cref="InvalidOperationException">The link type has no create-default status.</exception>
    /// <exception cref="ExecutionFailedException">The hook failed; nothing was linked.</exception>
    public async Task<PlotActivity?> CreateLinkAsync(CreateLinkDraft draft, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(draft);
        var linkType = Manifest.LinkTypes.FirstOrDefault(t => t.Type == draft.Type);
        if (linkType?.CreateDefault is null)
            throw new InvalidOperationException($"Connector '{Name}' does not allow creating '{draft.Type}' links from Plot: the link type needs a status marked CreateDefault.");
        long? activityId = null;
        await RunAsync(ExecutionKind.CreateLink, async (scope, ct) =>
        {
            var link = await _connector.Hooks.OnCreateLinkAsync(scope.Instance, draft, ct).ConfigureAwait(false);
            if (link is null) return;
            var meta = link.Meta ?? new ActivityMeta();
            var activity = new NewActivity
            {
                Source = link.Source,
                Type = ActivityType.Action,
                Title = link.Title ?? draft.Title,
                Meta = ActivityMeta.Create(meta.SyncProvider ?? Name, meta.ChannelId ?? link.ChannelId ?? draft.ChannelId, meta.ExternalId, meta.Values),
                Notes = link.Notes,
                Unread = false,
                Archived = false,
            };
            var fields = new LinkFields(link.Type ?? draft.Type, link.Status ?? draft.Status, link.SourceUrl);
            activityId = PlotStore.UpsertActivity(_database, Name, activity, scope.Now, fields).ActivityId;
        }, cancellationToken).ConfigureAwait(false);
        if (activityId is null) return null;
        using var lease = await _database.AcquireAsync(cancellationToken).ConfigureAwait(false);
        return PlotStore.GetActivity(_database, activityId.Value);
    }

    private Channel SetEnabled(string channelId, bool enabled)
    {
        var title = (string?)_database.Scalar("SELECT title FROM channels WHERE connector = @c AND channel_id = @id", ("@c", Name), ("@id", channelId))
            ?? throw new InvalidOperationException($"Channel '{channelId}' of connector '{Name}' is not installed; call InstallAsync first.");
        _database.Execute("UPDATE channels SET enabled = @e WHERE connector = @c AND channel_id = @id", ("@e", enabled ? 1 : 0), ("@c", Name), ("@id", channelId));
        return new Channel(channelId, title);
    }

    private async Task RunAsync(ExecutionKind kind, Func<ExecutionScope, CancellationToken, Task> body, CancellationToken cancellationToken)
    {
        var record = await _engine.RunAsync(_connector, kind, callbackKey: null, taskId: null, body, afterRollback: null, cancellationToken).ConfigureAwait(false);
        if (record.Status == ExecutionStatus.Failed) throw new ExecutionFailedException(record);
    }
}
