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
    private readonly TwisterDatabase _database;
    private readonly ConnectorRegistry _connectors;
    private readonly ExecutionEngine _engine;
    private readonly TimeProvider _clock;

    internal PlotWorkspace(TwisterDatabase database, ConnectorRegistry connectors, ExecutionEngine engine, TimeProvider clock)
    {
        _database = database;
        _connectors = connectors;
        _engine = engine;
        _clock = clock;
    }

    /// <summary>The author of notes added without one: a local Plot user.</summary>
    public static Actor LocalUser { get; } = new("local-user", ActorType.User, "Local user");

    /// <summary>The activities <paramref name="query"/> selects, oldest first.</summary>
    /// <param name="query">The selection; <see langword="null"/> for all.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    public async Task<IReadOnlyList<PlotActivity>> GetActivitiesAsync(ActivityQuery? query = null, CancellationToken cancellationToken = default)
    {
        using var lease = await _database.AcquireAsync(cancellationToken).ConfigureAwait(false);
        return PlotStore.QueryActivities(_database, query ?? ActivityQuery.All);
    }

    /// <summary>The activity upserted with <paramref name="source"/>, if any.</summary>
    /// <param name="source">The source.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    public async Task<PlotActivity?> FindActivityAsync(string source, CancellationToken cancellationToken = default)
    {
        using var lease = await _database.AcquireAsync(cancellationToken).ConfigureAwait(false);
        return PlotStore.FindActivity(_database, source);
    }

    /// <summary>The notes of an activity, oldest first.</summary>
    /// <param name="activityId">The activity.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    public async Task<IReadOnlyList<PlotNote>> GetNotesAsync(long activityId, CancellationToken cancellationToken = default)
    {
        using var lease = await _database.AcquireAsync(cancellationToken).ConfigureAwait(false);
        return PlotStore.GetNotes(_database, activityId);
    }

    /// <summary>How many activities and notes Plot holds.</summary>
    /// <param name="cancellationToken">Cancels the call.</param>
    public async Task<(long Activities, long Notes)> CountAsync(CancellationToken cancellationToken = default)
    {
        using var lease = await _database.AcquireAsync(cancellationToken).ConfigureAwait(false);
        return PlotStore.Count(_database);
    }

    /// <summary>Marks an activity read or unread, archived or not, as a Plot user; null leaves a state alone.</summary>
    /// <param name="activityId">The activity.</param>
    /// <param name="unread">The unread state to set.</param>
    /// <param name="archived">The archived state to set.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    public async Task SetActivityStateAsync(long activityId, bool? unread = null, bool? archived = null, CancellationToken cancellationToken = default)
    {
        using var lease = await _database.AcquireAsync(cancellationToken).ConfigureAwait(false);
        PlotStore.SetActivityState(_database, activityId, unread, archived, _clock.GetUtcNow());
    }

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
        author ??= LocalUser;
        long noteId;
        using (await _database.AcquireAsync(cancellationToken).ConfigureAwait(false))
        {
            _ = PlotStore.GetActivity(_database, activityId) ?? throw new InvalidOperationException($"No activity {activityId}.");
            noteId = PlotStore.InsertNote(_database, activityId, key: null, content, ContentType.Markdown, author, links: null, _clock.GetUtcNow());
        }
        await WriteBackAsync(noteId, ExecutionKind.NoteCreated, cancellationToken).ConfigureAwait(false);
        return await GetNoteAsync(noteId, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Edits a note as a Plot user; written back through <c>OnNoteUpdatedAsync</c> like <see cref="AddNoteAsync"/>.</summary>
    /// <param name="noteId">The note.</param>
    /// <param name="content">The new markdown content.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The note after write-back.</returns>
    /// <exception cref="ExecutionFailedException">The write-back failed (the edit stays in Plot).</exception>
    public async Task<PlotNote> EditNoteAsync(long noteId, string content, CancellationToken cancellationToken = default)
    {
        using (await _database.AcquireAsync(cancellationToken).ConfigureAwait(false))
        {
            _ = PlotStore.GetNote(_database, noteId) ?? throw new InvalidOperationException($"No note {noteId}.");
            PlotStore.UpdateNoteContent(_database, noteId, content, _clock.GetUtcNow());
        }
        await WriteBackAsync(noteId, ExecutionKind.NoteUpdated, cancellationToken).ConfigureAwait(false);
        return await GetNoteAsync(noteId, cancellationToken).ConfigureAwait(false);
    }

    private async Task<PlotNote> GetNoteAsync(long noteId, CancellationToken cancellationToken)
    {
        using var lease = await _database.AcquireAsync(cancellationToken).ConfigureAwait(false);
        return PlotStore.GetNote(_database, noteId)!;
    }

    private async Task WriteBackAsync(long noteId, ExecutionKind kind, CancellationToken cancellationToken)
    {
        PlotNote note;
        PlotActivity activity;
        using (await _database.AcquireAsync(cancellationToken).ConfigureAwait(false))
        {
            note = PlotStore.GetNote(_database, noteId)!;
            activity = PlotStore.GetActivity(_database, note.ActivityId)!;
        }
        if (note.Author.Type == ActorType.Twist || activity.Connector is null) return;
        var connector = _connectors.Find(activity.Connector);
        if (connector is null || !connector.Descriptor.Manifest.HandleReplies) return;

        var hookNote = new Note(note.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), note.Key, note.Content, note.Author);
        var thread = new PlotThread(activity.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), activity.Source, activity.Title, activity.Meta);
        var record = await _engine.RunAsync(connector, kind, callbackKey: null, taskId: null, async (scope, ct) =>
        {
            var result = kind == ExecutionKind.NoteCreated
                ? await connector.Hooks.OnNoteCreatedAsync(scope.Instance, hookNote, thread, ct).ConfigureAwait(false)
                : await connector.Hooks.OnNoteUpdatedAsync(scope.Instance, hookNote, thread, ct).ConfigureAwait(false);
            if (result is not null) PlotStore.ApplyWriteBack(_database, noteId, result);
        }, afterRollback: null, cancellationToken).ConfigureAwait(false);
        if (record.Status == ExecutionStatus.Failed) throw new ExecutionFailedException(record);
    }
}
