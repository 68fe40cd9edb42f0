using System.Globalization;
using Twister.Hosting.Connectors;
using Twister.Hosting.Execution;
using Twister.Hosting.Storage;

namespace Twister.Hosting.Plot;

/// <summary>
/// The Plot side of the local host: what a Plot user sees and does. Query activities and notes; add or
/// edit a note, which a connector with handle-replies on writes back through its note hooks.
/// </summary>
public sealed class PlotWorkspace
{
    private readonly ITwisterStorage _storage;
    private readonly ConnectorRegistry _connectors;
    private readonly ExecutionEngine _engine;
    private readonly TimeProvider _clock;

    internal PlotWorkspace(ITwisterStorage storage, ConnectorRegistry connectors, ExecutionEngine engine, TimeProvider clock)
    {
        _storage = storage;
        _connectors = connectors;
        _engine = engine;
        _clock = clock;
    }

    /// <summary>The author of notes added without one: a local Plot user.</summary>
    public static Actor LocalUser { get; } = new("local-user", ActorType.User, "Local user");

    /// <summary>The activities <paramref name="query"/> selects, oldest first.</summary>
    /// <param name="query">The selection; <see langword="null"/> for all.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    public Task<IReadOnlyList<PlotActivity>> GetActivitiesAsync(ActivityQuery? query = null, CancellationToken cancellationToken = default)
        => _storage.Plot.QueryActivitiesAsync(query ?? ActivityQuery.All, cancellationToken);

    /// <summary>The activity upserted with <paramref name="source"/>, if any.</summary>
    /// <param name="source">The source.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    public Task<PlotActivity?> FindActivityAsync(string source, CancellationToken cancellationToken = default)
        => _storage.Plot.FindActivityAsync(source, cancellationToken);

    /// <summary>The notes of an activity, oldest first.</summary>
    /// <param name="activityId">The activity.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    public Task<IReadOnlyList<PlotNote>> GetNotesAsync(long activityId, CancellationToken cancellationToken = default)
        => _storage.Plot.GetNotesAsync(activityId, cancellationToken);

    /// <summary>How many activities and notes Plot holds.</summary>
    /// <param name="cancellationToken">Cancels the call.</param>
    public Task<(long Activities, long Notes)> CountAsync(CancellationToken cancellationToken = default)
        => _storage.Plot.CountAsync(cancellationToken);

    /// <summary>Marks an activity read or unread, archived or not, as a Plot user; null leaves a state alone.</summary>
    /// <param name="activityId">The activity.</param>
    /// <param name="unread">The unread state to set.</param>
    /// <param name="archived">The archived state to set.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    public async Task SetActivityStateAsync(long activityId, bool? unread = null, bool? archived = null, CancellationToken cancellationToken = default)
        => await _storage.CommitAsync([new SetActivityState(activityId, unread, archived)], _clock.GetUtcNow(), cancellationToken).ConfigureAwait(false);

    /// <summary>
    /// Adds a note (markdown) as a Plot user. On an activity owned by a connector with handle-replies on,
    /// the note is written back through <c>OnNoteCreatedAsync</c>; the result's key is applied and its
    /// external content hashed as the note's sync baseline. Notes authored by twists are never written back.
    /// </summary>
    /// <param name="activityId">The activity.</param>
    /// <param name="content">The markdown content.</param>
    /// <param name="author">The author; <see cref="LocalUser"/> when omitted.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The note after write-back.</returns>
    /// <exception cref="ExecutionFailedException">The write-back failed (the note stays in Plot, without a baseline).</exception>
    public async Task<PlotNote> AddNoteAsync(long activityId, string content, Actor? author = null, CancellationToken cancellationToken = default)
    {
        _ = await _storage.Plot.GetActivityAsync(activityId, cancellationToken).ConfigureAwait(false) ?? throw new InvalidOperationException($"No activity {activityId}.");
        var noteId = await _storage.Plot.AddUserNoteAsync(new UserNote(activityId, content, author ?? LocalUser), _clock.GetUtcNow(), cancellationToken).ConfigureAwait(false);
        await WriteBackAsync(noteId, ExecutionKind.NoteCreated, cancellationToken).ConfigureAwait(false);
        return (await _storage.Plot.GetNoteAsync(noteId, cancellationToken).ConfigureAwait(false))!;
    }

    /// <summary>Edits a note as a Plot user; written back through <c>OnNoteUpdatedAsync</c> like <see cref="AddNoteAsync"/>.</summary>
    /// <param name="noteId">The note.</param>
    /// <param name="content">The new markdown content.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The note after write-back.</returns>
    /// <exception cref="ExecutionFailedException">The write-back failed (the edit stays in Plot).</exception>
    public async Task<PlotNote> EditNoteAsync(long noteId, string content, CancellationToken cancellationToken = default)
    {
        _ = await _storage.Plot.GetNoteAsync(noteId, cancellationToken).ConfigureAwait(false) ?? throw new InvalidOperationException($"No note {noteId}.");
        await _storage.CommitAsync([new EditNote(noteId, content)], _clock.GetUtcNow(), cancellationToken).ConfigureAwait(false);
        await WriteBackAsync(noteId, ExecutionKind.NoteUpdated, cancellationToken).ConfigureAwait(false);
        return (await _storage.Plot.GetNoteAsync(noteId, cancellationToken).ConfigureAwait(false))!;
    }

    private async Task WriteBackAsync(long noteId, ExecutionKind kind, CancellationToken cancellationToken)
    {
        var note = (await _storage.Plot.GetNoteAsync(noteId, cancellationToken).ConfigureAwait(false))!;
        var activity = (await _storage.Plot.GetActivityAsync(note.ActivityId, cancellationToken).ConfigureAwait(false))!;
        if (note.Author.Type == ActorType.Twist || activity.Connector is null) return;
        var connector = _connectors.Find(activity.Connector);
        if (connector is null || !connector.Descriptor.Manifest.HandleReplies) return;

        var hookNote = new Note(note.Id.ToString(CultureInfo.InvariantCulture), note.Key, note.Content, note.Author);
        var thread = new PlotThread(activity.Id.ToString(CultureInfo.InvariantCulture), activity.Source, activity.Title, activity.Meta);
        var channel = new ChannelKey(connector.Name, activity.Meta.ChannelId ?? "");
        var record = await _engine.RunAsync(new ExecutionRequest(connector, kind, channel), async (scope, ct) =>
        {
            var result = kind == ExecutionKind.NoteCreated
                ? await connector.Hooks.OnNoteCreatedAsync(scope.Instance, hookNote, thread, ct).ConfigureAwait(false)
                : await connector.Hooks.OnNoteUpdatedAsync(scope.Instance, hookNote, thread, ct).ConfigureAwait(false);
            if (result is not null)
            {
                scope.Work.Add(new ApplyNoteWriteBack(noteId, result.Key, result.ExternalContent is null ? null : ContentHash.Of(result.ExternalContent)));
            }
        }, cancellationToken).ConfigureAwait(false);
        if (record.Status != ExecutionStatus.Succeeded) throw new ExecutionFailedException(record);
    }
}
