using Orleans;
using Twister.Hosting.Connectors;
using Twister.Hosting.Orleans.Grains;
using Twister.Hosting.Plot;
using Twister.Hosting.Storage;
using Twister.Runtime;

namespace Twister.Hosting.Orleans.Connectors;

/// <summary>
/// One connector's channel lifecycle on the cluster: every call is sent to the grain of the channel it concerns
/// (install to the connector's own), which runs it as one execution in turn with that channel's other work.
/// </summary>
public sealed class ClusterConnector
{
    private readonly IGrainFactory _grains;
    private readonly ConnectorLifecycle _local;
    private readonly IPlotStore _plot;

    internal ClusterConnector(IGrainFactory grains, ConnectorLifecycle local, IPlotStore plot)
    {
        _grains = grains;
        _local = local;
        _plot = plot;
    }

    /// <summary>The connector's name.</summary>
    public string Name => _local.Name;

    /// <summary>The connector's manifest.</summary>
    public ConnectorManifest Manifest => _local.Manifest;

    /// <summary>
    /// Authorizes the connector with a development token and records the channels it lists (disabled). The token
    /// is looked up, when not given, on the silo that runs the call, as <see cref="ConnectorLifecycle.InstallAsync"/> does.
    /// </summary>
    /// <param name="developmentToken">The token, or <see langword="null"/> to look it up.</param>
    /// <param name="cancellationToken">Cancels reading the result.</param>
    /// <returns>The channels the connector offers.</returns>
    /// <exception cref="Execution.ExecutionFailedException"><c>GetChannelsAsync</c> failed.</exception>
    public async Task<IReadOnlyList<InstalledChannel>> InstallAsync(string? developmentToken = null, CancellationToken cancellationToken = default)
    {
        var result = (await _grains.ChannelGrain(ChannelKey.ForConnector(Name)).InstallAsync(developmentToken).ConfigureAwait(false)).ThrowIfFailed();
        var listed = result.ChannelIds ?? [];
        var installed = await GetChannelsAsync(cancellationToken).ConfigureAwait(false);
        return [.. listed.Select(id => installed.First(c => c.Id == id))];
    }

    /// <summary>The installed channels.</summary>
    /// <param name="cancellationToken">Cancels the call.</param>
    public Task<IReadOnlyList<InstalledChannel>> GetChannelsAsync(CancellationToken cancellationToken = default) => _local.GetChannelsAsync(cancellationToken);

    /// <summary>Enables an installed channel on its grain (<c>OnChannelEnabledAsync</c>, which typically queues the initial sync).</summary>
    /// <param name="channelId">The channel.</param>
    /// <exception cref="Execution.ExecutionFailedException">The hook failed; the channel stays disabled.</exception>
    public async Task EnableChannelAsync(string channelId)
        => (await _grains.ChannelGrain(new ChannelKey(Name, channelId)).EnableAsync().ConfigureAwait(false)).ThrowIfFailed();

    /// <summary>Disables a channel on its grain: <c>OnChannelDisabledAsync</c>, then the bulk archive, in one unit of work.</summary>
    /// <param name="channelId">The channel.</param>
    /// <returns>The number of activities archived.</returns>
    /// <exception cref="Execution.ExecutionFailedException">The hook failed; nothing was archived.</exception>
    public async Task<int> DisableChannelAsync(string channelId)
        => (await _grains.ChannelGrain(new ChannelKey(Name, channelId)).DisableAsync().ConfigureAwait(false)).ThrowIfFailed().Count;

    /// <summary>Creates an external item from a Plot draft on the draft channel's grain and returns the linked activity.</summary>
    /// <param name="draft">The user's draft.</param>
    /// <param name="cancellationToken">Cancels reading the result.</param>
    /// <returns>The linked activity, or <see langword="null"/> when the connector returned no link.</returns>
    /// <exception cref="InvalidOperationException">The link type has no create-default status.</exception>
    /// <exception cref="Execution.ExecutionFailedException">The hook failed; nothing was linked.</exception>
    public async Task<PlotActivity?> CreateLinkAsync(CreateLinkDraft draft, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(draft);
        var result = (await _grains.ChannelGrain(new ChannelKey(Name, draft.ChannelId)).CreateLinkAsync(draft).ConfigureAwait(false)).ThrowIfFailed();
        return result.Id is { } id ? await _plot.GetActivityAsync(id, cancellationToken).ConfigureAwait(false) : null;
    }
}
