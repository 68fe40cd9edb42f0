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
    /// <param name="channel">The channel.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    public abstract Task OnChannelEnabledAsync(Channel channel, CancellationToken cancellationToken);

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
}
