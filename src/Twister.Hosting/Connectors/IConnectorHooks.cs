namespace Twister.Hosting.Connectors;

/// <summary>
/// Calls the <see cref="Connector{TSelf}"/> hooks on an instance typed only as <see cref="Runtime.TwistBase"/>;
/// implemented by <see cref="ConnectorHooks{TConnector}"/>, which knows the type statically (no reflection).
/// </summary>
internal interface IConnectorHooks
{
    Task<IReadOnlyList<Channel>> GetChannelsAsync(Runtime.TwistBase instance, Authorization authorization, AuthToken token, CancellationToken cancellationToken);

    Task OnChannelEnabledAsync(Runtime.TwistBase instance, Channel channel, CancellationToken cancellationToken);

    Task OnChannelDisabledAsync(Runtime.TwistBase instance, Channel channel, CancellationToken cancellationToken);

    Task<NewLinkWithNotes?> OnCreateLinkAsync(Runtime.TwistBase instance, CreateLinkDraft draft, CancellationToken cancellationToken);

    Task<NoteWriteBackResult?> OnNoteCreatedAsync(Runtime.TwistBase instance, Note note, PlotThread thread, CancellationToken cancellationToken);

    Task<NoteWriteBackResult?> OnNoteUpdatedAsync(Runtime.TwistBase instance, Note note, PlotThread thread, CancellationToken cancellationToken);
}

/// <inheritdoc />
internal sealed class ConnectorHooks<TConnector> : IConnectorHooks
    where TConnector : Connector<TConnector>
{
    public Task<IReadOnlyList<Channel>> GetChannelsAsync(Runtime.TwistBase instance, Authorization authorization, AuthToken token, CancellationToken cancellationToken)
        => ((TConnector)instance).GetChannelsAsync(authorization, token, cancellationToken);

    public Task OnChannelEnabledAsync(Runtime.TwistBase instance, Channel channel, CancellationToken cancellationToken)
        => ((TConnector)instance).OnChannelEnabledAsync(channel, cancellationToken);

    public Task OnChannelDisabledAsync(Runtime.TwistBase instance, Channel channel, CancellationToken cancellationToken)
        => ((TConnector)instance).OnChannelDisabledAsync(channel, cancellationToken);

    public Task<NewLinkWithNotes?> OnCreateLinkAsync(Runtime.TwistBase instance, CreateLinkDraft draft, CancellationToken cancellationToken)
        => ((TConnector)instance).OnCreateLinkAsync(draft, cancellationToken);

    public Task<NoteWriteBackResult?> OnNoteCreatedAsync(Runtime.TwistBase instance, Note note, PlotThread thread, CancellationToken cancellationToken)
        => ((TConnector)instance).OnNoteCreatedAsync(note, thread, cancellationToken);

    public Task<NoteWriteBackResult?> OnNoteUpdatedAsync(Runtime.TwistBase instance, Note note, PlotThread thread, CancellationToken cancellationToken)
        => ((TConnector)instance).OnNoteUpdatedAsync(note, thread, cancellationToken);
}
