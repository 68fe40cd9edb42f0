using System.Collections.Concurrent;

namespace Twister.Hosting.Tests.TestConnectors;

/// <summary>
/// Exercises the real-connector API: items with link types (its own and each channel's), contacts, tags,
/// schedules and threaded notes; every write-back and lifecycle hook records what it received in
/// <see cref="Calls"/>. Its tests share one collection, so they run one after another.
/// </summary>
[Connector(Name, LinkTypes = [typeof(TaskStatus)], HandleReplies = true)]
internal sealed partial class ItemsConnector : Connector<ItemsConnector>
{
    public const string Name = "items";

    /// <summary>What the hooks received, in order.</summary>
    public static readonly ConcurrentQueue<string> Calls = new();

    /// <summary>What a test asks a channel's <see cref="Sync"/> callback to write.</summary>
    public static readonly ConcurrentDictionary<string, NewActivity[]> Items = new();

    public override Task<IReadOnlyList<Channel>> GetChannelsAsync(Authorization authorization, AuthToken token, CancellationToken cancellationToken)
    {
        Calls.Enqueue("channels");
        // The "board" channel has a workflow of its own, as a Jira project or a Linear team does.
        return Task.FromResult<IReadOnlyList<Channel>>(
        [
            new Channel("plain", "Plain"),
            new Channel("board", "Board") { LinkTypes = [new LinkTypeConfig("card", "Card", [new LinkStatus("todo", "To do"), new LinkStatus("doing", "Doing"), new LinkStatus("shipped", "Shipped", Done: true)])] },
        ]);
    }

    public override Task OnChannelEnabledAsync(Channel channel, SyncContext context, CancellationToken cancellationToken)
        => Record($"enabled:{channel.Id}:history={context.HistoryMin?.ToString("O") ?? "all"}:recovering={context.Recovering}:types={string.Join(",", channel.LinkTypes?.Select(t => t.Type) ?? [])}");

    public override Task ActivateAsync(CancellationToken cancellationToken) => Record("activate");

    public override Task UpgradeAsync(CancellationToken cancellationToken) => Record("upgrade");

    public override Task DeactivateAsync(CancellationToken cancellationToken) => Record("deactivate");

    public override Task OnLinkUpdatedAsync(PlotLink link, LinkChanges changes, CancellationToken cancellationToken)
        => Record($"link:{link.Source}:{link.Type}:{link.Status}:{link.Assignee?.Email ?? "nobody"}:status={changes.Status}:assignee={changes.Assignee}");

    public override Task OnThreadReadAsync(PlotThread thread, Actor actor, bool unread, CancellationToken cancellationToken)
        => Record($"read:{thread.Source}:{actor.Id}:unread={unread}");

    public override Task OnThreadToDoAsync(PlotThread thread, Actor actor, bool todo, DateOnly? date, CancellationToken cancellationToken)
        => Record($"todo:{thread.Source}:{todo}:{date?.ToString("O") ?? "-"}");

    public override Task OnScheduleContactUpdatedAsync(PlotThread thread, Actor contact, RsvpStatus? status, CancellationToken cancellationToken)
        => Record($"rsvp:{thread.Source}:{contact.Email}:{contact.Source?.AccountId}:{status?.ToString() ?? "none"}");

    public override async Task<NoteWriteBackResult?> OnNoteCreatedAsync(Note note, PlotThread thread, CancellationToken cancellationToken)
    {
        await Record($"note:{thread.Source}:{note.Content}:channel={thread.ChannelId}");
        return null;
    }

    /// <summary>Writes the items the test registered for <paramref name="channelId"/>.</summary>
    [Callback]
    private async Task Sync(string channelId, CancellationToken ct)
    {
        foreach (var item in Items[channelId]) await Tools.Plot.CreateActivityAsync(item, ct);
    }

    [Callback]
    private Task Clicked(string what, CancellationToken ct) => Record($"clicked:{what}");

    [Callback]
    private async Task MakeActionToken(string source, CancellationToken ct)
    {
        var token = await Tools.Callbacks.CreateAsync(Callbacks.Clicked(source), ct);
        await Tools.Plot.CreateActivityAsync(new NewActivity
        {
            Source = source,
            Title = "With a button",
            Meta = new ActivityMeta { SyncProvider = Name, ChannelId = "plain" },
            Actions = [ItemAction.Callback("Do it", token), ItemAction.External("Open", "https://items.test/1")],
        }, ct);
    }

    private static Task Record(string call)
    {
        Calls.Enqueue(call);
        return Task.CompletedTask;
    }
}

/// <summary>The connector's own link type.</summary>
[LinkType("task", Label = "Task")]
internal enum TaskStatus
{
    [Status("open", "Open", Todo = true, CreateDefault = true)]
    Open,

    [Status("closed", "Closed", Done = true)]
    Closed,
}
