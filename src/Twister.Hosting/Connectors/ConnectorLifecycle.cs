using Twister.Hosting.Connectors.Options;
using Twister.Hosting.Execution;
using Twister.Hosting.Plot;
using Twister.Hosting.Plot.Json;
using Twister.Hosting.Storage;
using Twister.Runtime;

namespace Twister.Hosting.Connectors;

/// <summary>
/// Drives one connector's life the way Plot would: install (activate) with a development token, list
/// channels, enable, recover and disable them, create links from Plot drafts, change options, upgrade to
/// a new version, uninstall (deactivate). Every call is one execution, on the channel it concerns (the
/// connector's own empty channel id for install, options, upgrade and uninstall), in turn with that
/// channel's other work.
/// </summary>
public sealed class ConnectorLifecycle
{
    private const string MaskedSecret = "********";

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

    private ChannelKey Itself => ChannelKey.ForConnector(Name);

    /// <summary>
    /// Authorizes the connector with a development token and records the channels it lists (disabled), with
    /// their own link types. The first install runs <c>ActivateAsync</c> and records the connector's version
    /// and initial options; a later one runs <c>UpgradeAsync</c> first if the connector changed since.
    /// The token is, in order: <paramref name="developmentToken"/>, <c>AddConnector</c>'s
    /// <see cref="Configuration.ConnectorOptions.DevelopmentToken"/> (or configuration key <c>Twister:Connectors:{name}:DevelopmentToken</c>).
    /// </summary>
    /// <param name="developmentToken">The token, or <see langword="null"/> to look it up.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The channels the connector offers.</returns>
    /// <exception cref="ExecutionFailedException">A hook failed.</exception>
    /// <exception cref="ArgumentException">The configured initial option values do not fit the connector's declarations.</exception>
    public async Task<IReadOnlyList<Channel>> InstallAsync(string? developmentToken = null, CancellationToken cancellationToken = default)
    {
        var token = developmentToken
            ?? _connector.Options.DevelopmentToken
            ?? throw new InvalidOperationException($"No development token for connector '{Name}': pass one, set it in AddConnector, or configure Twister:Connectors:{Name}:DevelopmentToken.");
        if (await _storage.Channels.FindConnectorAsync(Name, cancellationToken).ConfigureAwait(false) is null)
        {
            var options = OptionsJson.Write(OptionValues.Check(Manifest, InitialOptions()));
            await RunAsync(ExecutionKind.Activate, Itself, async (scope, ct) =>
            {
                await scope.Instance.ActivateAsync(ct).ConfigureAwait(false);
                scope.Work.Add(new SaveConnector(Name, ManifestHash.Of(Manifest), options));
            }, cancellationToken).ConfigureAwait(false);
        }
        else
        {
            await UpgradeIfChangedAsync(cancellationToken).ConfigureAwait(false);
        }

        IReadOnlyList<Channel> channels = [];
        await RunAsync(ExecutionKind.GetChannels, Itself, async (scope, ct) =>
        {
            channels = await _connector.Hooks.GetChannelsAsync(scope.Instance, new Authorization(Manifest.Provider, Manifest.Scopes), new AuthToken(token, Manifest.Scopes), ct).ConfigureAwait(false);
            foreach (var channel in channels)
            {
                scope.Work.Add(new SaveChannel(Name, channel.Id, channel.Title, token) { LinkTypesJson = LinkTypesJson.Write(channel.LinkTypes) });
            }
        }, cancellationToken).ConfigureAwait(false);
        return channels;
    }

    /// <summary>
    /// Runs <c>UpgradeAsync</c> once when the installed version differs from this one (its manifest changed:
    /// callbacks, link types, options, ...) and records the new version. The host calls it at start; an
    /// uninstalled connector is left alone.
    /// </summary>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>Whether an upgrade ran.</returns>
    /// <exception cref="ExecutionFailedException"><c>UpgradeAsync</c> failed; the old version stays recorded, so it runs again next time.</exception>
    public async Task<bool> UpgradeIfChangedAsync(CancellationToken cancellationToken = default)
    {
        var record = await _storage.Channels.FindConnectorAsync(Name, cancellationToken).ConfigureAwait(false);
        var hash = ManifestHash.Of(Manifest);
        if (record is null || record.ManifestHash == hash) return false;
        await RunAsync(ExecutionKind.Upgrade, Itself, async (scope, ct) =>
        {
            await scope.Instance.UpgradeAsync(ct).ConfigureAwait(false);
            scope.Work.Add(new SaveConnector(Name, hash, OptionsJson: null));
        }, cancellationToken).ConfigureAwait(false);
        return true;
    }

    /// <summary>
    /// Uninstalls the connector: runs <c>DeactivateAsync</c>, then forgets its channels, state, tokens and
    /// version and cancels its pending tasks, in the same unit of work. Plot keeps the items it synced.
    /// </summary>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <exception cref="ExecutionFailedException"><c>DeactivateAsync</c> failed; nothing was removed.</exception>
    public Task UninstallAsync(CancellationToken cancellationToken = default)
        => RunAsync(ExecutionKind.Deactivate, Itself, async (scope, ct) =>
        {
            await scope.Instance.DeactivateAsync(ct).ConfigureAwait(false);
            scope.Work.Add(new RemoveConnector(Name));
        }, cancellationToken);

    /// <summary>The installed channels.</summary>
    /// <param name="cancellationToken">Cancels the call.</param>
    public async Task<IReadOnlyList<InstalledChannel>> GetChannelsAsync(CancellationToken cancellationToken = default)
        => [.. (await _storage.Channels.ListAsync(Name, cancellationToken).ConfigureAwait(false)).Select(c => new InstalledChannel(c.ChannelId, c.Title, c.Enabled))];

    /// <summary>Enables an installed channel: runs <c>OnChannelEnabledAsync</c> (which typically queues the initial sync).</summary>
    /// <param name="channelId">The channel.</param>
    /// <param name="context">The history window the user's plan allows; everything when omitted.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <exception cref="ExecutionFailedException">The hook failed; the channel stays disabled.</exception>
    public Task EnableChannelAsync(string channelId, SyncContext? context = null, CancellationToken cancellationToken = default)
        => RunAsync(ExecutionKind.ChannelEnabled, new ChannelKey(Name, channelId), async (scope, ct) =>
        {
            var channel = await SetEnabledAsync(scope, channelId, enabled: true, ct).ConfigureAwait(false);
            await _connector.Hooks.OnChannelEnabledAsync(scope.Instance, channel, context ?? SyncContext.Default, ct).ConfigureAwait(false);
        }, cancellationToken);

    /// <summary>Enables an installed channel (see <see cref="EnableChannelAsync(string, SyncContext?, CancellationToken)"/>).</summary>
    /// <param name="channelId">The channel.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    public Task EnableChannelAsync(string channelId, CancellationToken cancellationToken)
        => EnableChannelAsync(channelId, context: null, cancellationToken);

    /// <summary>
    /// Recovers the connection after re-authorization: runs <c>OnChannelEnabledAsync</c> again for every
    /// enabled channel, with <see cref="SyncContext.Recovering"/> set, each in its channel's turn.
    /// </summary>
    /// <param name="context">The history window; everything when omitted.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The channels recovered.</returns>
    public async Task<IReadOnlyList<string>> RecoverAsync(SyncContext? context = null, CancellationToken cancellationToken = default)
    {
        var enabled = (await _storage.Channels.ListAsync(Name, cancellationToken).ConfigureAwait(false)).Where(c => c.Enabled).ToList();
        foreach (var channel in enabled)
        {
            await EnableChannelAsync(channel.ChannelId, (context ?? SyncContext.Default) with { Recovering = true }, cancellationToken).ConfigureAwait(false);
        }
        return [.. enabled.Select(c => c.ChannelId)];
    }

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
    /// link (channel, type and status default to the draft's). Only link types with a create-default status
    /// allow it.
    /// </summary>
    /// <param name="draft">The user's draft.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The linked activity, or <see langword="null"/> when the connector returned no link.</returns>
    /// <exception cref="InvalidOperationException">The link type has no create-default status.</exception>
    /// <exception cref="ExecutionFailedException">The hook failed; nothing was linked.</exception>
    public async Task<PlotActivity?> CreateLinkAsync(CreateLinkDraft draft, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(draft);
        var channel = await _storage.Channels.FindAsync(Name, draft.ChannelId, cancellationToken).ConfigureAwait(false);
        var linkType = Manifest.LinkTypes.Concat(LinkTypesJson.Read(channel?.LinkTypesJson)).FirstOrDefault(t => t.Type == draft.Type);
        if (linkType?.CreateDefault is null)
            throw new InvalidOperationException($"Connector '{Name}' does not allow creating '{draft.Type}' links from Plot: the link type needs a status marked CreateDefault.");
        string? source = null;
        await RunAsync(ExecutionKind.CreateLink, new ChannelKey(Name, draft.ChannelId), async (scope, ct) =>
        {
            var link = await _connector.Hooks.OnCreateLinkAsync(scope.Instance, draft, ct).ConfigureAwait(false);
            if (link is null) return;
            var meta = link.Meta ?? new ActivityMeta();
            await scope.Plot.CreateActivityAsync(new NewActivity
            {
                Source = link.Source,
                Type = ActivityType.Action,
                Title = link.Title ?? draft.Title,
                LinkType = link.Type ?? draft.Type,
                Status = link.Status ?? draft.Status,
                SourceUrl = link.SourceUrl,
                Created = link.Created,
                Meta = ActivityMeta.Create(meta.SyncProvider ?? Name, meta.ChannelId ?? link.ChannelId ?? draft.ChannelId, meta.ExternalId, meta.Values),
                Notes = link.Notes,
                Unread = false,
                Archived = false,
            }, ct).ConfigureAwait(false);
            source = link.Source;
        }, cancellationToken).ConfigureAwait(false);
        return source is null ? null : await _storage.Plot.FindActivityAsync(source, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The connector's option values (defaults included); secrets are masked.</summary>
    /// <param name="cancellationToken">Cancels the call.</param>
    public async Task<IReadOnlyDictionary<string, string>> GetOptionsAsync(CancellationToken cancellationToken = default)
    {
        var values = await ResolvedOptionsAsync(cancellationToken).ConfigureAwait(false);
        return Manifest.Options.ToDictionary(o => o.Key, o => o.Kind == OptionKind.Secret && values[o.Key].Length > 0 ? MaskedSecret : values[o.Key], StringComparer.Ordinal);
    }

    /// <summary>
    /// Changes options as a user would: checks <paramref name="changes"/> against the declarations, saves
    /// them and runs <c>OnOptionsChangedAsync</c> with the values before and after, in one unit of work.
    /// </summary>
    /// <param name="changes">The options to change, by key.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <exception cref="ArgumentException">An unknown key, or a value outside its declaration; nothing changed.</exception>
    /// <exception cref="InvalidOperationException">The connector is not installed.</exception>
    /// <exception cref="ExecutionFailedException">The hook failed; the options did not change.</exception>
    public async Task SetOptionsAsync(IReadOnlyDictionary<string, string?> changes, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(changes);
        var record = await _storage.Channels.FindConnectorAsync(Name, cancellationToken).ConfigureAwait(false)
            ?? throw new InvalidOperationException($"Connector '{Name}' is not installed; call InstallAsync first.");
        var checkedChanges = OptionValues.Check(Manifest, changes);
        var previous = OptionValues.Resolve(Manifest, OptionsJson.Read(record.OptionsJson));
        var stored = new Dictionary<string, string>(OptionsJson.Read(record.OptionsJson), StringComparer.Ordinal);
        foreach (var (key, value) in checkedChanges) stored[key] = value;
        var current = OptionValues.Resolve(Manifest, stored);
        var request = new ExecutionRequest(_connector, ExecutionKind.OptionsChanged, Itself) { Options = current };
        await RunAsync(request, async (scope, ct) =>
        {
            await _connector.Hooks.OnOptionsChangedAsync(scope.Instance, new OptionsChange(previous, current), ct).ConfigureAwait(false);
            scope.Work.Add(new SaveConnector(Name, record.ManifestHash, OptionsJson.Write(stored)));
        }, cancellationToken).ConfigureAwait(false);
    }

    private async Task<IReadOnlyDictionary<string, string>> ResolvedOptionsAsync(CancellationToken cancellationToken)
    {
        var record = await _storage.Channels.FindConnectorAsync(Name, cancellationToken).ConfigureAwait(false);
        return OptionValues.Resolve(Manifest, OptionsJson.Read(record?.OptionsJson));
    }

    /// <summary>The option values configured for install (configuration, then <c>AddConnector</c>'s).</summary>
    private Dictionary<string, string?> InitialOptions()
        => _connector.Options.OptionValues.ToDictionary(p => p.Key, p => (string?)p.Value, StringComparer.Ordinal);

    private async Task<Channel> SetEnabledAsync(ExecutionScope scope, string channelId, bool enabled, CancellationToken cancellationToken)
    {
        var channel = await _storage.Channels.FindAsync(Name, channelId, cancellationToken).ConfigureAwait(false)
            ?? throw new InvalidOperationException($"Channel '{channelId}' of connector '{Name}' is not installed; call InstallAsync first.");
        scope.Work.Add(new SetChannelEnabled(Name, channelId, enabled));
        return new Channel(channelId, channel.Title) { LinkTypes = LinkTypesJson.Read(channel.LinkTypesJson) is { Count: > 0 } own ? own : null };
    }

    private Task RunAsync(ExecutionKind kind, ChannelKey channel, Func<ExecutionScope, CancellationToken, Task> body, CancellationToken cancellationToken)
        => RunAsync(new ExecutionRequest(_connector, kind, channel), body, cancellationToken);

    private async Task RunAsync(ExecutionRequest request, Func<ExecutionScope, CancellationToken, Task> body, CancellationToken cancellationToken)
    {
        var record = await _engine.RunAsync(request, body, cancellationToken).ConfigureAwait(false);
        if (record.Status != ExecutionStatus.Succeeded) throw new ExecutionFailedException(record);
    }
}
