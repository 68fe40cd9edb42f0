using Twister.Hosting.Execution;
using Twister.Hosting.Plot;
using Twister.Hosting.Storage;
using Twister.Runtime;

namespace Twister.Hosting.Connectors;

/// <summary>
/// Drives one connector's channel lifecycle the way Plot would: install with a development token,
/// list channels, enable and disable them, and create links from Plot drafts. Every call is one execution,
/// on the channel it concerns (install on the connector itself), in turn with that channel's other work.
/// </summary>
public sealed class ConnectorLifecycle
{
    private readonly ConnectorRegistration _connector;
    private readonly ExecutionEngine _engine;
    private readonly ITwisterStorage _storage;

    internal ConnectorLifecycle(ConnectorRegistration connector, ExecutionEngine engine, ITwisterStorage storage)
    {
        _connector = connector;
        _engine = engine;
        _storage = storage;
    }

    /// <summary>The connector's name.</summary>
    public string Name => _connector.Name;

    /// <summary>The connector's manifest.</summary>
    public ConnectorManifest Manifest => _connector.Descriptor.Manifest;

    /// <summary>
    /// Authorizes the connector with a development token and records the channels it lists (disabled).
    /// The token is <paramref name="developmentToken"/>, else the connector's
    /// <see cref="Configuration.ConnectorOptions.DevelopmentToken"/> (<c>AddConnector</c>, or configuration key <c>Twister:Connectors:{name}:DevelopmentToken</c>).
    /// </summary>
    /// <param name="developmentToken">The token, or <see langword="null"/> to look it up.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The channels the connector offers.</returns>
    /// <exception cref="ExecutionFailedException"><c>GetChannelsAsync</c> failed.</exception>
    public async Task<IReadOnlyList<Channel>> InstallAsync(string? developmentToken = null, CancellationToken cancellationToken = default)
    {
        var token = developmentToken
            ?? _connector.Options.DevelopmentToken
            ?? throw new InvalidOperationException($"No development token for connector '{Name}': pass one, set it in AddConnector, or configure Twister:Connectors:{Name}:DevelopmentToken.");
        IReadOnlyList<Channel> channels = [];
        await RunAsync(ExecutionKind.GetChannels, ChannelKey.ForConnector(Name), async (scope, ct) =>
        {
            channels = await _connector.Hooks.GetChannelsAsync(scope.Instance, new Authorization(Manifest.Provider, Manifest.Scopes), new AuthToken(token, Manifest.Scopes), ct).ConfigureAwait(false);
            foreach (var channel in channels) scope.Work.Add(new SaveChannel(Name, channel.Id, channel.Title, token));
        }, cancellationToken).ConfigureAwait(false);
        return channels;
    }

    /// <summary>The installed channels.</summary>
    /// <param name="cancellationToken">Cancels the call.</param>
    public async Task<IReadOnlyList<InstalledChannel>> GetChannelsAsync(CancellationToken cancellationToken = default)
        => [.. (await _storage.Channels.ListAsync(Name, cancellationToken).ConfigureAwait(false)).Select(c => new InstalledChannel(c.ChannelId, c.Title, c.Enabled))];

    /// <summary>Enables an installed channel: runs <c>OnChannelEnabledAsync</c> (which typically queues the initial sync).</summary>
    /// <param name="channelId">The channel.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <exception cref="ExecutionFailedException">The hook failed; the channel stays disabled.</exception>
    public Task EnableChannelAsync(string channelId, CancellationToken cancellationToken = default)
        => RunAsync(ExecutionKind.ChannelEnabled, new ChannelKey(Name, channelId), async (scope, ct) =>
        {
            var channel = await SetEnabledAsync(scope, channelId, enabled: true, ct).ConfigureAwait(false);
            await _connector.Hooks.OnChannelEnabledAsync(scope.Instance, channel, ct).ConfigureAwait(false);
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
        UnitOfWork? work = null;
        var archive = 0;
        await RunAsync(ExecutionKind.ChannelDisabled, new ChannelKey(Name, channelId), async (scope, ct) =>
        {
            var channel = await SetEnabledAsync(scope, channelId, enabled: false, ct).ConfigureAwait(false);
            await _connector.Hooks.OnChannelDisabledAsync(scope.Instance, channel, ct).ConfigureAwait(false);
            work = scope.Work;
            archive = work.Add(new ArchiveChannelActivities(Name, channelId));
        }, cancellationToken).ConfigureAwait(false);
        return work!.RowsChanged(archive);
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
        string? source = null;
        await RunAsync(ExecutionKind.CreateLink, new ChannelKey(Name, draft.ChannelId), async (scope, ct) =>
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
            scope.Work.Add(ActivityIngest.Prepare(Name, activity, new LinkFields(link.Type ?? draft.Type, link.Status ?? draft.Status, link.SourceUrl)));
            source = link.Source;
        }, cancellationToken).ConfigureAwait(false);
        return source is null ? null : await _storage.Plot.FindActivityAsync(source, cancellationToken).ConfigureAwait(false);
    }

    private async Task<Channel> SetEnabledAsync(ExecutionScope scope, string channelId, bool enabled, CancellationToken cancellationToken)
    {
        var channel = await _storage.Channels.FindAsync(Name, channelId, cancellationToken).ConfigureAwait(false)
            ?? throw new InvalidOperationException($"Channel '{channelId}' of connector '{Name}' is not installed; call InstallAsync first.");
        scope.Work.Add(new SetChannelEnabled(Name, channelId, enabled));
        return new Channel(channelId, channel.Title);
    }

    private async Task RunAsync(ExecutionKind kind, ChannelKey channel, Func<ExecutionScope, CancellationToken, Task> body, CancellationToken cancellationToken)
    {
        var record = await _engine.RunAsync(new ExecutionRequest(_connector, kind, channel), body, cancellationToken).ConfigureAwait(false);
        if (record.Status != ExecutionStatus.Succeeded) throw new ExecutionFailedException(record);
    }
}
