namespace Twister.Hosting.Connectors;

/// <summary>
/// Calls the <see cref="Connector{TSelf}"/> hooks on an instance typed only as <see cref="Runtime.TwistBase"/>;
/// implemented by <see cref="ConnectorHooks{TConnector}"/>, which knows the type statically (no reflection).
/// </summary>
internal interface IConnectorHooks
{
    Task<IReadOnlyList<Channel>> GetChannelsAsync(Runtime.TwistBase instance, Authorization authorization, AuthToken token, CancellationToken cancellationToken);

    Task OnChannelEnabledAsync(Runtime.TwistBase instance, Channel channel, SyncContext context, CancellationToken cancellationToken);

    Task OnChannelDisabledAsync(Runtime.TwistBase instance, Channel channel, CancellationToken cancellationToken);

    Task<NewLinkWithNotes?> OnCreateLinkAsync(Runtime.TwistBase instance, CreateLinkDraft draft, CancellationToken cancellationToken);

    Task<NoteWriteBackResult?> OnNoteCreatedAsync(Runtime.TwistBase instance, Note note, PlotThread thread, CancellationToken cancellationToken);

    Task<NoteWriteBackResult?> OnNoteUpdatedAsync(Runtime.TwistBase instance, Note note, PlotThread thread, CancellationToken cancellationToken);

    Task OnLinkUpdatedAsync(Runtime.TwistBase instance, PlotLink link, LinkChanges changes, CancellationToken cancellationToken);

    Task OnThreadReadAsync(Runtime.TwistBase instance, PlotThread thread, Actor actor, bool unread, CancellationToken cancellationToken);

    Task OnThreadToDoAsync(Runtime.TwistBase instance, PlotThread thread, Actor actor, bool todo, DateOnly? date, CancellationToken cancellationToken);

    Task OnScheduleContactUpdatedAsync(Runtime.TwistBase instance, PlotThread thread, Actor contact, RsvpStatus? status, CancellationToken cancellationToken);

    Task OnOptionsChangedAsync(Runtime.TwistBase instance, OptionsChange change, CancellationToken cancellationToken);
}

/// <inheritdoc />
internal sealed class ConnectorHooks<TConnector> : IConnectorHooks
    where TConnector : Connector<TConnector>
{
    public Task<IReadOnlyList<Channel>> GetChannelsAsync(Runtime.TwistBase instance, Authorization authorization, AuthToken token, CancellationToken cancellationToken)
        => ((TConnector)instance).GetChannelsAsync(authorization, token, cancellationToken);

    public Task OnChannelEnabledAsync(Runtime.TwistBase instance, Channel channel, SyncContext context, CancellationToken cancellationToken)
        => ((TConnector)instance).OnChannelEnabledAsync(channel, context, cancellationToken);

    public Task OnChannelDisabledAsync(Runtime.TwistBase instance, Channel channel, CancellationToken cancellationToken)
        => ((TConnector)instance).OnChannelDisabledAsync(channel, cancellationToken);

    public Task<NewLinkWithNotes?> OnCreateLinkAsync(Runtime.TwistBase instance, CreateLinkDraft draft, CancellationToken cancellationToken)
        => ((TConnector)instance).OnCreateLinkAsync(draft, cancellationToken);

    public Task<NoteWriteBackResult?> OnNoteCreatedAsync(Runtime.TwistBase instance, Note note, PlotThread thread, CancellationToken cancellationToken)
        => ((TConnector)instance).OnNoteCreatedAsync(note, thread, cancellationToken);

    public Task<NoteWriteBackResult?> OnNoteUpdatedAsync(Runtime.TwistBase instance, Note note, PlotThread thread, CancellationToken cancellationToken)
        => ((TConnector)instance).OnNoteUpdatedAsync(note, thread, cancellationToken);

    public Task OnLinkUpdatedAsync(Runtime.TwistBase instance, PlotLink link, LinkChanges changes, CancellationToken cancellationToken)
        => ((TConnector)instance).OnLinkUpdatedAsync(link, changes, cancellationToken);

    public Task OnThreadReadAsync(Runtime.TwistBase instance, PlotThread thread, Actor actor, bool unread, CancellationToken cancellationToken)
        => ((TConnector)instance).OnThreadReadAsync(thread, actor, unread, cancellationToken);

    public Task OnThreadToDoAsync(Runtime.TwistBase instance, PlotThread thread, Actor actor, bool todo, DateOnly? date, CancellationToken cancellationToken)
        => ((TConnector)instance).OnThreadToDoAsync(thread, actor, todo, date, cancellationToken);

    public Task OnScheduleContactUpdatedAsync(Runtime.TwistBase instance, PlotThread thread, Actor contact, RsvpStatus? status, CancellationToken cancellationToken)
        => ((TConnector)instance).OnScheduleContactUpdatedAsync(thread, contact, status, cancellationToken);

    public Task OnOptionsChangedAsync(Runtime.TwistBase instance, OptionsChange change, CancellationToken cancellationToken)
        => ((TConnector)instance).OnOptionsChangedAsync(change, cancellationToken);
}
