namespace Twister;

/// <summary>
/// Base class of connectors: classes that sync an external service into Plot and optionally write
/// back. Mark the class <c>partial</c> and with <see cref="ConnectorAttribute"/>; the generator emits
/// its tool wiring, callback registry and serializers.
/// </summary>
/// <typeparam name="TSelf">The derived class itself.</typeparam>
public abstract class Connector<TSelf> : Twist<TSelf>
    where TSelf : Connector<TSelf>
{
    /// <summary>Lists the resources the user can enable after authenticating (teams, calendars, ...).</summary>
    /// <param name="authorization">What the user authorized.</param>
    /// <param name="token">The access token.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    public abstract Task<IReadOnlyList<Channel>> GetChannelsAsync(Authorization authorization, AuthToken token, CancellationToken cancellationToken);

    /// <summary>Called when the user enables a channel: set up webhooks and start the initial sync.</summary>
    /// <remarks>Override this, or the overload with a <see cref="SyncContext"/> (which calls this one by default).</remarks>
    /// <param name="channel">The channel.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    public virtual Task OnChannelEnabledAsync(Channel channel, CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>
    /// Called when the user enables a channel, and again for every enabled channel when the connection
    /// recovers after re-authorization: set up webhooks and start the initial sync within the
    /// <paramref name="context"/>'s history window (the host calls this overload).
    /// </summary>
    /// <param name="channel">The channel.</param>
    /// <param name="context">The history window, and whether this is a recovery.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    public virtual Task OnChannelEnabledAsync(Channel channel, SyncContext context, CancellationToken cancellationToken)
        => OnChannelEnabledAsync(channel, cancellationToken);

    /// <summary>Called when the user disables a channel: delete its webhooks, callbacks and stored state.</summary>
    /// <param name="channel">The channel.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    public virtual Task OnChannelDisabledAsync(Channel channel, CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>
    /// Creates a new external item for a Plot thread, for link types with a
    /// <see cref="StatusAttribute.CreateDefault"/> status. Return the new link, or <see langword="null"/>
    /// to abort (the thread stays, without a link). Never save the link yourself.
    /// </summary>
    /// <param name="draft">What the user asked for.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    public virtual Task<NewLinkWithNotes?> OnCreateLinkAsync(CreateLinkDraft draft, CancellationToken cancellationToken)
        => Task.FromResult<NewLinkWithNotes?>(null);

    /// <summary>
    /// Writes a note a Plot user added to one of this connector's threads back to the external service
    /// (with <see cref="ConnectorAttribute.HandleReplies"/> on). Ignore notes authored by twists.
    /// </summary>
    /// <param name="note">The new note.</param>
    /// <param name="thread">The thread it belongs to.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>What the external service now stores, or <see langword="null"/> when nothing was written.</returns>
    public virtual Task<NoteWriteBackResult?> OnNoteCreatedAsync(Note note, PlotThread thread, CancellationToken cancellationToken)
        => Task.FromResult<NoteWriteBackResult?>(null);

    /// <summary>Writes an edited Plot note back to the external service (with handle-replies on).</summary>
    /// <param name="note">The edited note.</param>
    /// <param name="thread">The thread it belongs to.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>What the external service now stores, or <see langword="null"/> when nothing was written.</returns>
    public virtual Task<NoteWriteBackResult?> OnNoteUpdatedAsync(Note note, PlotThread thread, CancellationToken cancellationToken)
        => Task.FromResult<NoteWriteBackResult?>(null);

    /// <summary>
    /// Writes back what a Plot user changed on one of this connector's items (its status or its assignee).
    /// Write only what <paramref name="changes"/> names.
    /// </summary>
    /// <param name="link">The item as the user left it.</param>
    /// <param name="changes">What changed.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    public virtual Task OnLinkUpdatedAsync(PlotLink link, LinkChanges changes, CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>A Plot user read one of this connector's threads, or marked it unread.</summary>
    /// <param name="thread">The thread.</param>
    /// <param name="actor">The user.</param>
    /// <param name="unread"><see langword="true"/> when marked unread.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    public virtual Task OnThreadReadAsync(PlotThread thread, Actor actor, bool unread, CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>A Plot user added one of this connector's threads to their to-do list, or removed it.</summary>
    /// <param name="thread">The thread.</param>
    /// <param name="actor">The user.</param>
    /// <param name="todo"><see langword="true"/> when added.</param>
    /// <param name="date">The day it is planned for, if any.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    public virtual Task OnThreadToDoAsync(PlotThread thread, Actor actor, bool todo, DateOnly? date, CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>An attendee of one of this connector's events answered the invitation in Plot (an RSVP to write back).</summary>
    /// <param name="thread">The event's thread.</param>
    /// <param name="contact">The attendee, with their email and account in the connector's service when known.</param>
    /// <param name="status">The answer; <see langword="null"/> when withdrawn.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    public virtual Task OnScheduleContactUpdatedAsync(PlotThread thread, Actor contact, RsvpStatus? status, CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>The user changed the connector's options (declared with <see cref="ConnectorAttribute.Options"/>).</summary>
    /// <param name="change">The values before and after.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    public virtual Task OnOptionsChangedAsync(OptionsChange change, CancellationToken cancellationToken) => Task.CompletedTask;
}
