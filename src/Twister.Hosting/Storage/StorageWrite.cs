using Twister.Hosting.Execution;
using Twister.Hosting.Tasks;

namespace Twister.Hosting.Storage;

/// <summary>
/// One write of a unit of work, applied by <see cref="ITwisterStorage.CommitAsync"/> in order with the
/// others. Executions buffer their writes; user actions commit one or two at once.
/// </summary>
public abstract record StorageWrite;

/// <summary>Sets a connector's state key.</summary>
/// <param name="Connector">The connector's name.</param>
/// <param name="Key">The key.</param>
/// <param name="Value">The value (UTF-8 JSON).</param>
public sealed record SetState(string Connector, string Key, byte[] Value) : StorageWrite;

/// <summary>Removes a connector's state key.</summary>
/// <param name="Connector">The connector's name.</param>
/// <param name="Key">The key.</param>
public sealed record ClearState(string Connector, string Key) : StorageWrite;

/// <summary>Removes every state key of a connector that starts with <paramref name="Prefix"/>.</summary>
/// <param name="Connector">The connector's name.</param>
/// <param name="Prefix">The prefix; empty for every key.</param>
public sealed record ClearStatePrefix(string Connector, string Prefix) : StorageWrite;

/// <summary>Persists a callback or webhook token.</summary>
/// <param name="Callback">The token.</param>
public sealed record CreateCallback(StoredCallback Callback) : StorageWrite;

/// <summary>Deletes a token of the given kind (a callback token cannot delete a webhook, and the reverse).</summary>
/// <param name="Token">The token.</param>
/// <param name="IsWebhook">Its kind.</param>
public sealed record DeleteCallback(string Token, bool IsWebhook) : StorageWrite;

/// <summary>Deletes every token of one kind of a connector.</summary>
/// <param name="Connector">The connector's name.</param>
/// <param name="IsWebhook">The kind.</param>
public sealed record DeleteCallbacks(string Connector, bool IsWebhook) : StorageWrite;

/// <summary>Marks a token whose callback no longer exists (kept and reported, never dropped).</summary>
/// <param name="Token">The token.</param>
/// <param name="Reason">Why it cannot run.</param>
public sealed record MarkCallbackOrphaned(string Token, string Reason) : StorageWrite;

/// <summary>Adds a task to the queue.</summary>
/// <param name="Task">The task.</param>
public sealed record EnqueueTask(NewTask Task) : StorageWrite;

/// <summary>Cancels a pending task; does nothing to a task that already ended.</summary>
/// <param name="TaskId">The task.</param>
public sealed record CancelTask(string TaskId) : StorageWrite;

/// <summary>
/// A user runs a task that ended <see cref="QueuedTaskStatus.Failed"/> or <see cref="QueuedTaskStatus.Orphaned"/> again:
/// it becomes pending, due at <paramref name="RunAt"/>, with its attempts counted afresh (its last error is kept until it
/// succeeds); does nothing to a task in any other state.
/// </summary>
/// <param name="TaskId">The task.</param>
/// <param name="RunAt">When it is due again.</param>
public sealed record RequeueTask(string TaskId, DateTimeOffset RunAt) : StorageWrite;

/// <summary>Cancels every pending task of a connector, except <see cref="Except"/>.</summary>
/// <param name="Connector">The connector's name.</param>
public sealed record CancelTasks(string Connector) : StorageWrite
{
    /// <summary>A task left alone: the one whose execution cancels the others.</summary>
    public string? Except { get; init; }
}

/// <summary>Marks a claimed task done; only its lease holder may.</summary>
/// <param name="TaskId">The task.</param>
/// <param name="LeaseOwner">The holder.</param>
public sealed record CompleteTask(string TaskId, string LeaseOwner) : StorageWrite;

/// <summary>Releases a claimed task that failed, to run again at <paramref name="RunAt"/>; only its lease holder may.</summary>
/// <param name="TaskId">The task.</param>
/// <param name="LeaseOwner">The holder.</param>
/// <param name="RunAt">When to run it again.</param>
/// <param name="Error">The failure.</param>
public sealed record RetryTask(string TaskId, string LeaseOwner, DateTimeOffset RunAt, string Error) : StorageWrite
{
    /// <summary>
    /// Whether the attempt that just ended counts toward <c>MaxTaskAttempts</c>. <see langword="false"/> hands it
    /// back: the task did not fail, a service asked for it to run later (<c>Retry-After</c>).
    /// </summary>
    public bool CountsAttempt { get; init; } = true;
}

/// <summary>Ends a claimed task for good (failed or orphaned); only its lease holder may.</summary>
/// <param name="TaskId">The task.</param>
/// <param name="LeaseOwner">The holder.</param>
/// <param name="Status"><see cref="QueuedTaskStatus.Failed"/> or <see cref="QueuedTaskStatus.Orphaned"/>.</param>
/// <param name="Error">Why.</param>
public sealed record EndTask(string TaskId, string LeaseOwner, QueuedTaskStatus Status, string Error) : StorageWrite;

/// <summary>Installs a channel (or updates its title and token).</summary>
/// <param name="Connector">The connector's name.</param>
/// <param name="ChannelId">The channel id.</param>
/// <param name="Title">Its name.</param>
/// <param name="Token">The development token.</param>
public sealed record SaveChannel(string Connector, string ChannelId, string Title, string? Token) : StorageWrite
{
    /// <summary>The channel's own link types (from <c>GetChannelsAsync</c>) as JSON, or <see langword="null"/> when it has none.</summary>
    public string? LinkTypesJson { get; init; }
}

/// <summary>Turns a channel's syncing on or off.</summary>
/// <param name="Connector">The connector's name.</param>
/// <param name="ChannelId">The channel id.</param>
/// <param name="Enabled">Whether it is on.</param>
public sealed record SetChannelEnabled(string Connector, string ChannelId, bool Enabled) : StorageWrite;

/// <summary>Creates or merges the contacts it names, creates or updates an activity by source, then upserts its notes by key.</summary>
/// <param name="Activity">The activity.</param>
/// <param name="Notes">Its notes.</param>
public sealed record UpsertActivity(ActivityRow Activity, IReadOnlyList<NoteRow> Notes) : StorageWrite
{
    /// <summary>The contacts the activity and its notes refer to (authors, assignee, mentions, attendees), first.</summary>
    public IReadOnlyList<ContactRow> Contacts { get; init; } = [];
}

/// <summary>
/// Changes one of a connector's activities, found by source: what a connector's <c>UpdateActivityAsync</c>
/// or a Plot user's action sets (<see langword="null"/> leaves a field alone; an empty assignee key clears it).
/// </summary>
/// <param name="Connector">The owning connector (another connector's activity is not changed).</param>
/// <param name="Source">The activity's source.</param>
public sealed record UpdateActivity(string Connector, string Source) : StorageWrite
{
    /// <summary>The unread state.</summary>
    public bool? Unread { get; init; }

    /// <summary>The archived state.</summary>
    public bool? Archived { get; init; }

    /// <summary>The status.</summary>
    public string? Status { get; init; }

    /// <summary>The assignee's contact key; empty clears it.</summary>
    public string? AssigneeKey { get; init; }

    /// <summary>Whether it is on the to-do list.</summary>
    public bool? ToDo { get; init; }

    /// <summary>The to-do date (<c>yyyy-MM-dd</c>); empty clears it.</summary>
    public string? ToDoDate { get; init; }

    /// <summary>The schedules as JSON (after an RSVP).</summary>
    public string? SchedulesJson { get; init; }
}

/// <summary>Archives a connector's activities matching a filter (all criteria optional; meta entries all present).</summary>
/// <param name="Connector">The connector.</param>
/// <param name="Filter">The selection.</param>
public sealed record ArchiveActivities(string Connector, ArchiveFilter Filter) : StorageWrite;

/// <summary>Records an installed connector: the hash of its manifest (a change means a new version) and its options.</summary>
/// <param name="Name">The connector's name.</param>
/// <param name="ManifestHash">The manifest's hash.</param>
/// <param name="OptionsJson">The option values as a JSON object, or <see langword="null"/> to keep them.</param>
public sealed record SaveConnector(string Name, string ManifestHash, string? OptionsJson) : StorageWrite;

/// <summary>Forgets an uninstalled connector: its record, channels, state, tokens; its pending tasks are cancelled. Plot keeps its items.</summary>
/// <param name="Name">The connector's name.</param>
public sealed record RemoveConnector(string Name) : StorageWrite;

/// <summary>Applies an update to every activity a filter selects.</summary>
/// <param name="Filter">The selection.</param>
/// <param name="Update">The change.</param>
public sealed record UpdateActivities(ActivityFilter Filter, ActivityUpdate Update) : StorageWrite;

/// <summary>Archives every activity a connector synced from a channel.</summary>
/// <param name="Connector">The connector's name.</param>
/// <param name="ChannelId">The channel id.</param>
public sealed record ArchiveChannelActivities(string Connector, string ChannelId) : StorageWrite;

/// <summary>A Plot user marks an activity read or unread, archived or not; <see langword="null"/> leaves a state alone.</summary>
/// <param name="ActivityId">The activity.</param>
/// <param name="Unread">The unread state.</param>
/// <param name="Archived">The archived state.</param>
public sealed record SetActivityState(long ActivityId, bool? Unread, bool? Archived) : StorageWrite;

/// <summary>A Plot user edits a note's content (markdown).</summary>
/// <param name="NoteId">The note.</param>
/// <param name="Content">The new content.</param>
public sealed record EditNote(long NoteId, string Content) : StorageWrite;

/// <summary>
/// Applies a write-back result to a note: its new key (replacing another note of the activity that holds
/// the key) and the hash of the external content as its sync baseline.
/// </summary>
/// <param name="NoteId">The note.</param>
/// <param name="Key">The new key, or <see langword="null"/> to keep it.</param>
/// <param name="BaselineHash">The baseline, or <see langword="null"/> to keep it.</param>
public sealed record ApplyNoteWriteBack(long NoteId, string? Key, string? BaselineHash) : StorageWrite;

/// <summary>Records an execution's outcome.</summary>
/// <param name="Record">The record.</param>
public sealed record RecordExecution(ExecutionRecord Record) : StorageWrite;
