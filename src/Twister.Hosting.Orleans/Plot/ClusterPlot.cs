using Orleans;
using Twister.Hosting.Orleans.Grains;
using Twister.Hosting.Plot;
using Twister.Hosting.Storage;

namespace Twister.Hosting.Orleans.Plot;

/// <summary>
/// The Plot side on the cluster: queries read PostgreSQL from this silo; a note a user adds or edits on a
/// connector's activity goes to the grain of that activity's channel, which saves it and writes it back in
/// turn with the channel's other work (<see cref="PlotWorkspace"/> does the work there).
/// </summary>
public sealed class ClusterPlot
{
    private readonly IGrainFactory _grains;
    private readonly PlotWorkspace _local;
    private readonly IPlotStore _store;

    internal ClusterPlot(IGrainFactory grains, PlotWorkspace local, IPlotStore store)
    {
        _grains = grains;
        _local = local;
        _store = store;
    }

    /// <inheritdoc cref="PlotWorkspace.GetActivitiesAsync"/>
    public Task<IReadOnlyList<PlotActivity>> GetActivitiesAsync(ActivityQuery? query = null, CancellationToken cancellationToken = default)
        => _local.GetActivitiesAsync(query, cancellationToken);

    /// <inheritdoc cref="PlotWorkspace.FindActivityAsync"/>
    public Task<PlotActivity?> FindActivityAsync(string source, CancellationToken cancellationToken = default)
        => _local.FindActivityAsync(source, cancellationToken);

    /// <inheritdoc cref="PlotWorkspace.GetNotesAsync"/>
    public Task<IReadOnlyList<PlotNote>> GetNotesAsync(long activityId, CancellationToken cancellationToken = default)
        => _local.GetNotesAsync(activityId, cancellationToken);

    /// <inheritdoc cref="PlotWorkspace.CountAsync"/>
    public Task<(long Activities, long Notes)> CountAsync(CancellationToken cancellationToken = default)
        => _local.CountAsync(cancellationToken);

    /// <inheritdoc cref="PlotWorkspace.SetActivityStateAsync"/>
    public Task SetActivityStateAsync(long activityId, bool? unread = null, bool? archived = null, CancellationToken cancellationToken = default)
        => _local.SetActivityStateAsync(activityId, unread, archived, cancellationToken);

    /// <summary>
    /// Adds a note (markdown) as a Plot user, on the grain of the activity's channel: on an activity owned by a
    /// connector with handle-replies on, it is written back through <c>OnNoteCreatedAsync</c> there.
    /// </summary>
    /// <param name="activityId">The activity.</param>
    /// <param name="content">The markdown content.</param>
    /// <param name="author">The author; <see cref="PlotWorkspace.LocalUser"/> when omitted.</param>
    /// <param name="cancellationToken">Cancels the reads.</param>
    /// <returns>The note after write-back.</returns>
    /// <exception cref="Execution.ExecutionFailedException">The write-back failed (the note stays in Plot, without a baseline).</exception>
    public async Task<PlotNote> AddNoteAsync(long activityId, string content, Actor? author = null, CancellationToken cancellationToken = default)
    {
        var activity = await _store.GetActivityAsync(activityId, cancellationToken).ConfigureAwait(false) ?? throw new InvalidOperationException($"No activity {activityId}.");
        if (activity.Connector is null) return await _local.AddNoteAsync(activityId, content, author, cancellationToken).ConfigureAwait(false);
        var result = (await GrainOf(activity).AddNoteAsync(activityId, content, author).ConfigureAwait(false)).ThrowIfFailed();
        return (await _store.GetNoteAsync(result.Id!.Value, cancellationToken).ConfigureAwait(false))!;
    }

    /// <summary>Edits a note as a Plot user on the grain of its activity's channel; written back like <see cref="AddNoteAsync"/>.</summary>
    /// <param name="noteId">The note.</param>
    /// <param name="content">The new markdown content.</param>
    /// <param name="cancellationToken">Cancels the reads.</param>
    /// <returns>The note after write-back.</returns>
    /// <exception cref="Execution.ExecutionFailedException">The write-back failed (the edit stays in Plot).</exception>
    public async Task<PlotNote> EditNoteAsync(long noteId, string content, CancellationToken cancellationToken = default)
    {
        var note = await _store.GetNoteAsync(noteId, cancellationToken).ConfigureAwait(false) ?? throw new InvalidOperationException($"No note {noteId}.");
        var activity = (await _store.GetActivityAsync(note.ActivityId, cancellationToken).ConfigureAwait(false))!;
        if (activity.Connector is null) return await _local.EditNoteAsync(noteId, content, cancellationToken).ConfigureAwait(false);
        (await GrainOf(activity).EditNoteAsync(noteId, content).ConfigureAwait(false)).ThrowIfFailed();
        return (await _store.GetNoteAsync(noteId, cancellationToken).ConfigureAwait(false))!;
    }

    private IChannelGrain GrainOf(PlotActivity activity) => _grains.ChannelGrain(new ChannelKey(activity.Connector!, activity.Meta.ChannelId ?? ""));
}
