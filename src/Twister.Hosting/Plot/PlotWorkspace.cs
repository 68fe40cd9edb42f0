using System.Globalization;
using Twister.Hosting.Connectors;
using Twister.Hosting.Execution;
using Twister.Hosting.Plot.Ingest;
using Twister.Hosting.Plot.Json;
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
    public async Task<IReadOnlyList<PlotActivity>> GetActivitiesAsync(ActivityQuery? query = null, CancellationToken cancellationToken = default)
        => await WithContactsAsync(await _storage.Plot.QueryActivitiesAsync(query ?? ActivityQuery.All, cancellationToken).ConfigureAwait(false), cancellationToken).ConfigureAwait(false);

    /// <summary>The activity upserted with <paramref name="source"/>, if any.</summary>
    /// <param name="source">The source.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    public async Task<PlotActivity?> FindActivityAsync(string source, CancellationToken cancellationToken = default)
        => await _storage.Plot.FindActivityAsync(source, cancellationToken).ConfigureAwait(false) is { } activity
            ? (await WithContactsAsync([activity], cancellationToken).ConfigureAwait(false))[0]
            : null;

    /// <summary>The activity with <paramref name="activityId"/>, if any.</summary>
    /// <param name="activityId">The activity.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    public async Task<PlotActivity?> GetActivityAsync(long activityId, CancellationToken cancellationToken = default)
        => await _storage.Plot.GetActivityAsync(activityId, cancellationToken).ConfigureAwait(false) is { } activity
            ? (await WithContactsAsync([activity], cancellationToken).ConfigureAwait(false))[0]
            : null;

    /// <summary>Every contact Plot knows (deduplicated by source account or email), oldest first.</summary>
    /// <param name="cancellationToken">Cancels the call.</param>
    public Task<IReadOnlyList<PlotContact>> GetContactsAsync(CancellationToken cancellationToken = default)
        => _storage.Plot.ListContactsAsync(cancellationToken);

    /// <summary>The notes of an activity, oldest first.</summary>
    /// <param name="activityId">The activity.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    public async Task<IReadOnlyList<PlotNote>> GetNotesAsync(long activityId, CancellationToken cancellationToken = default)
    {
        var notes = await _storage.Plot.GetNotesAsync(activityId, cancellationToken).ConfigureAwait(false);
        var contacts = await ContactDirectory.FindAsync(_storage.Plot, notes.Where(n => n.Author.Type == ActorType.Contact).Select(n => n.Author.Id), cancellationToken).ConfigureAwait(false);
        return [.. notes.Select(n => contacts.TryGetValue(n.Author.Id, out var contact) ? n with { AuthorContact = contact } : n)];
    }

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
    /// Changes an item's status as a Plot user; a connector's item is written back through
    /// <c>OnLinkUpdatedAsync</c> (status changed). The status must be one the item's link type declares.
    /// </summary>
    /// <param name="activityId">The item.</param>
    /// <param name="status">The new status.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The item after the change.</returns>
    /// <exception cref="ArgumentException">The status is not one of the item's link type.</exception>
    /// <exception cref="ExecutionFailedException">The write-back failed (the change stays in Plot).</exception>
    public async Task<PlotActivity> SetStatusAsync(long activityId, string status, CancellationToken cancellationToken = default)
    {
        var activity = await RequireOwnedAsync(activityId, cancellationToken).ConfigureAwait(false);
        var linkType = (await LinkTypesAsync(activity, cancellationToken).ConfigureAwait(false)).FirstOrDefault(t => t.Type == activity.LinkType);
        if (linkType is null || linkType.Statuses.All(s => s.Status != status))
            throw new ArgumentException($"'{status}' is not a status of item {activityId}'s link type '{activity.LinkType}' ({string.Join(", ", linkType?.Statuses.Select(s => s.Status) ?? [])}).", nameof(status));
        await CommitAsync(new UpdateActivity(activity.Connector!, activity.Source!) { Status = status }, cancellationToken).ConfigureAwait(false);
        return await LinkUpdatedAsync(activityId, new LinkChanges(Status: true, Assignee: false), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Assigns an item to a contact Plot knows (see <see cref="GetContactsAsync"/>), or unassigns it with
    /// <see langword="null"/>, as a Plot user; written back through <c>OnLinkUpdatedAsync</c> (assignee changed).
    /// </summary>
    /// <param name="activityId">The item.</param>
    /// <param name="contactKey">The contact's key, or <see langword="null"/> to unassign.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The item after the change.</returns>
    /// <exception cref="ArgumentException">No contact has that key.</exception>
    /// <exception cref="ExecutionFailedException">The write-back failed (the change stays in Plot).</exception>
    public async Task<PlotActivity> SetAssigneeAsync(long activityId, string? contactKey, CancellationToken cancellationToken = default)
    {
        var activity = await RequireOwnedAsync(activityId, cancellationToken).ConfigureAwait(false);
        if (contactKey is not null && !(await _storage.Plot.FindContactsAsync([contactKey], cancellationToken).ConfigureAwait(false)).ContainsKey(contactKey))
            throw new ArgumentException($"No contact has the key '{contactKey}'.", nameof(contactKey));
        await CommitAsync(new UpdateActivity(activity.Connector!, activity.Source!) { AssigneeKey = contactKey ?? "" }, cancellationToken).ConfigureAwait(false);
        return await LinkUpdatedAsync(activityId, new LinkChanges(Status: false, Assignee: true), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Marks an item read (or unread) as a Plot user; a connector's item is written back through <c>OnThreadReadAsync</c>.</summary>
    /// <param name="activityId">The item.</param>
    /// <param name="unread"><see langword="true"/> to mark it unread.</param>
    /// <param name="user">The user; <see cref="LocalUser"/> when omitted.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <exception cref="ExecutionFailedException">The write-back failed (the change stays in Plot).</exception>
    public async Task MarkReadAsync(long activityId, bool unread = false, Actor? user = null, CancellationToken cancellationToken = default)
    {
        await CommitAsync(new SetActivityState(activityId, unread, Archived: null), cancellationToken).ConfigureAwait(false);
        await WriteBackAsync(activityId, ExecutionKind.ThreadRead,
            (hooks, scope, thread, ct) => hooks.OnThreadReadAsync(scope.Instance, thread, user ?? LocalUser, unread, ct), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Puts an item on the user's to-do list (or takes it off); a connector's item is written back through <c>OnThreadToDoAsync</c>.</summary>
    /// <param name="activityId">The item.</param>
    /// <param name="todo"><see langword="true"/> to add it.</param>
    /// <param name="date">The day it is planned for.</param>
    /// <param name="user">The user; <see cref="LocalUser"/> when omitted.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <exception cref="ExecutionFailedException">The write-back failed (the change stays in Plot).</exception>
    public async Task SetToDoAsync(long activityId, bool todo, DateOnly? date = null, Actor? user = null, CancellationToken cancellationToken = default)
    {
        var activity = await _storage.Plot.GetActivityAsync(activityId, cancellationToken).ConfigureAwait(false) ?? throw new InvalidOperationException($"No activity {activityId}.");
        await CommitAsync(new UpdateActivity(activity.Connector ?? "", activity.Source ?? "")
        {
            ToDo = todo,
            ToDoDate = todo && date is { } day ? day.ToString("O", CultureInfo.InvariantCulture) : "",
        }, cancellationToken).ConfigureAwait(false);
        await WriteBackAsync(activityId, ExecutionKind.ThreadToDo,
            (hooks, scope, thread, ct) => hooks.OnThreadToDoAsync(scope.Instance, thread, user ?? LocalUser, todo, date, ct), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Answers an invitation as an attendee (a contact of the item's schedules): records the answer in every
    /// schedule that lists the contact, then writes it back through <c>OnScheduleContactUpdatedAsync</c>.
    /// </summary>
    /// <param name="activityId">The event.</param>
    /// <param name="contactKey">The attendee's contact key.</param>
    /// <param name="status">The answer; <see langword="null"/> to withdraw it.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <exception cref="ArgumentException">The contact is not an attendee.</exception>
    /// <exception cref="ExecutionFailedException">The write-back failed (the answer stays in Plot).</exception>
    public async Task RespondAsync(long activityId, string contactKey, RsvpStatus? status, CancellationToken cancellationToken = default)
    {
        var activity = await RequireOwnedAsync(activityId, cancellationToken).ConfigureAwait(false);
        if (!activity.Schedules.Any(s => s.Contacts.Any(c => c.ContactKey == contactKey)))
            throw new ArgumentException($"'{contactKey}' is not an attendee of item {activityId}.", nameof(contactKey));
        var schedules = activity.Schedules.Select(s => s with
        {
            Contacts = [.. s.Contacts.Select(c => c.ContactKey == contactKey ? c with { Status = status } : c)],
        }).ToList();
        await CommitAsync(new UpdateActivity(activity.Connector!, activity.Source!) { SchedulesJson = SchedulesJson.Write(schedules) }, cancellationToken).ConfigureAwait(false);
        var contacts = await ContactDirectory.FindAsync(_storage.Plot, [contactKey], cancellationToken).ConfigureAwait(false);
        var attendee = ContactDirectory.ActorOf(contactKey, contacts)!;
        await WriteBackAsync(activityId, ExecutionKind.ScheduleContactUpdated,
            (hooks, scope, thread, ct) => hooks.OnScheduleContactUpdatedAsync(scope.Instance, thread, attendee, status, ct), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Clicks an item's callback action as a Plot user: runs the connector's callback behind it in an execution on the item's channel.</summary>
    /// <param name="activityId">The item.</param>
    /// <param name="actionIndex">The action's position in <see cref="PlotActivity.Actions"/>.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <exception cref="ArgumentException">There is no callback action at that position.</exception>
    /// <exception cref="ExecutionFailedException">The callback failed.</exception>
    public async Task RunActionAsync(long activityId, int actionIndex, CancellationToken cancellationToken = default)
    {
        var activity = await RequireOwnedAsync(activityId, cancellationToken).ConfigureAwait(false);
        if (actionIndex < 0 || actionIndex >= activity.Actions.Count || activity.Actions[actionIndex] is not { Kind: ItemActionKind.Callback, CallbackToken: { } token })
            throw new ArgumentException($"Item {activityId} has no callback action at position {actionIndex}.", nameof(actionIndex));
        var callback = await _storage.Callbacks.FindAsync(token, cancellationToken).ConfigureAwait(false)
            ?? throw new ArgumentException($"The callback behind action {actionIndex} of item {activityId} was deleted.", nameof(actionIndex));
        var connector = _connectors.Get(activity.Connector!);
        var record = await _engine.RunAsync(new ExecutionRequest(connector, ExecutionKind.Action, callback.Channel, callback.Key),
            (scope, ct) => connector.Descriptor.InvokeCallbackAsync(scope.Instance, new Runtime.CallbackInvocation(callback.Key, callback.Arguments), ct),
            cancellationToken).ConfigureAwait(false);
        if (record.Status == ExecutionStatus.Failed) throw new ExecutionFailedException(record);
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

        var hookNote = new Note(note.Id.ToString(CultureInfo.InvariantCulture), note.Key, note.Content, note.Author) { ReplyTo = note.ReplyTo };
        var thread = ThreadOf(activity);
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

    private async Task<PlotActivity> LinkUpdatedAsync(long activityId, LinkChanges changes, CancellationToken cancellationToken)
    {
        await WriteBackAsync(activityId, ExecutionKind.LinkUpdated, async (hooks, scope, thread, ct) =>
        {
            var activity = (await GetActivityAsync(activityId, ct).ConfigureAwait(false))!;
            var link = new PlotLink(thread.Id, activity.Source!, activity.Meta.ChannelId, activity.LinkType, activity.LinkStatus, activity.Title,
                activity.Assignee?.ToActor() ?? (activity.AssigneeKey is { } key ? ContactKeys.ActorOf(key) : null), activity.Meta);
            await hooks.OnLinkUpdatedAsync(scope.Instance, link, changes, ct).ConfigureAwait(false);
        }, cancellationToken).ConfigureAwait(false);
        return (await GetActivityAsync(activityId, cancellationToken).ConfigureAwait(false))!;
    }

    /// <summary>Runs a write-back hook for a user's action on an item a registered connector owns, on the item's channel.</summary>
    private async Task WriteBackAsync(long activityId, ExecutionKind kind, Func<IConnectorHooks, ExecutionScope, PlotThread, CancellationToken, Task> hook, CancellationToken cancellationToken)
    {
        var activity = await _storage.Plot.GetActivityAsync(activityId, cancellationToken).ConfigureAwait(false) ?? throw new InvalidOperationException($"No activity {activityId}.");
        if (activity.Connector is null || _connectors.Find(activity.Connector) is not { } connector) return;
        var thread = ThreadOf(activity);
        var record = await _engine.RunAsync(new ExecutionRequest(connector, kind, new ChannelKey(connector.Name, activity.Meta.ChannelId ?? "")),
            (scope, ct) => hook(connector.Hooks, scope, thread, ct), cancellationToken).ConfigureAwait(false);
        if (record.Status == ExecutionStatus.Failed) throw new ExecutionFailedException(record);
    }

    private async Task<PlotActivity> RequireOwnedAsync(long activityId, CancellationToken cancellationToken)
    {
        var activity = await GetActivityAsync(activityId, cancellationToken).ConfigureAwait(false) ?? throw new InvalidOperationException($"No activity {activityId}.");
        return activity is { Connector: not null, Source: not null } ? activity : throw new InvalidOperationException($"Activity {activityId} is not a connector's item.");
    }

    private async Task<IReadOnlyList<LinkTypeConfig>> LinkTypesAsync(PlotActivity activity, CancellationToken cancellationToken)
    {
        var connector = _connectors.Find(activity.Connector!);
        var channel = activity.Meta.ChannelId is { } id ? await _storage.Channels.FindAsync(activity.Connector!, id, cancellationToken).ConfigureAwait(false) : null;
        return [.. connector?.Descriptor.Manifest.LinkTypes ?? [], .. LinkTypesJson.Read(channel?.LinkTypesJson)];
    }

    private async Task<IReadOnlyList<PlotActivity>> WithContactsAsync(IReadOnlyList<PlotActivity> activities, CancellationToken cancellationToken)
    {
        var contacts = await ContactDirectory.FindAsync(_storage.Plot, activities.SelectMany(a => new[] { a.AuthorKey, a.AssigneeKey }), cancellationToken).ConfigureAwait(false);
        if (contacts.Count == 0) return activities;
        return [.. activities.Select(a => a with
        {
            Author = a.AuthorKey is { } author ? contacts.GetValueOrDefault(author) : null,
            Assignee = a.AssigneeKey is { } assignee ? contacts.GetValueOrDefault(assignee) : null,
        })];
    }

    private Task CommitAsync(StorageWrite write, CancellationToken cancellationToken)
        => _storage.CommitAsync([write], _clock.GetUtcNow(), cancellationToken);

    private static PlotThread ThreadOf(PlotActivity activity)
        => new(activity.Id.ToString(CultureInfo.InvariantCulture), activity.Source, activity.Title, activity.Meta);
}
