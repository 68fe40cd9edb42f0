namespace Twister.Hosting.Dashboard.Tests.TestConnectors;

/// <summary>
/// A help desk small enough to read: enabling its channel creates a webhook and queues a sync that writes two tickets
/// (one with a hostile note: a script tag and a <c>javascript:</c> link), a task that fails and a reminder due tomorrow.
/// </summary>
[Connector(Name, LinkTypes = [typeof(TicketStatus)])]
internal sealed partial class DeskConnector : Connector<DeskConnector>
{
    public const string Name = "desk";

    public const string HostileNote = "**Smoke** seen near tray 2.\n\n<script>alert('xss')</script>\n\n[Open the log](javascript:alert(1)) or [the manual](https://desk.test/manual)\n\n<img src=x onerror=alert(2)>";

    public override Task<IReadOnlyList<Channel>> GetChannelsAsync(Authorization authorization, AuthToken token, CancellationToken cancellationToken)
        => Task.FromResult<IReadOnlyList<Channel>>([new Channel("support", "Support")]);

#pragma warning disable TWIST4002 // a test connector: its channels are never disabled
    public override async Task OnChannelEnabledAsync(Channel channel, CancellationToken cancellationToken)
    {
        await Runtime.Network.CreateWebhookAsync(Callbacks.Received(), cancellationToken);
        await Tools.Tasks.RunTaskAsync(Callbacks.Sync(channel.Id), cancellationToken);
    }
#pragma warning restore TWIST4002

    [Callback]
    private async Task Sync(string channelId, CancellationToken ct)
    {
        var grace = new NewContact { Email = "grace@desk.test", Name = "Grace Hopper" };
        await Tools.Plot.CreateActivityAsync(new NewActivity
        {
            Source = "desk:1", Title = "Printer on fire", LinkType = "ticket", Status = "open", SourceUrl = "https://desk.test/tickets/1",
            Meta = new ActivityMeta { SyncProvider = Name, ChannelId = channelId },
            Author = grace,
            Assignee = new NewContact { Email = "ada@desk.test", Name = "Ada Lovelace" },
            Notes = [new NewNote { Key = "description", Content = HostileNote, ContentType = ContentType.Markdown, Author = grace }],
        }, ct);
        await Tools.Plot.CreateActivityAsync(new NewActivity
        {
            Source = "desk:2", Title = "Order toner", LinkType = "ticket", Status = "solved",
            Meta = new ActivityMeta { SyncProvider = Name, ChannelId = channelId },
            Notes = [new NewNote { Key = "description", Content = "Two cartridges, *black*.", ContentType = ContentType.Markdown }],
        }, ct);
        await Tools.Tasks.RunTaskAsync(Callbacks.Escalate("desk:1"), ct);
        await Tools.Tasks.RunTaskAsync(Callbacks.Remind("desk:2"), DateTimeOffset.UtcNow.AddDays(1), ct);
    }

    [Callback]
    private Task Escalate(string source, CancellationToken ct) => throw new InvalidOperationException($"The pager API answered 500 for {source}.");

    [Callback]
    private Task Remind(string source, CancellationToken ct) => Task.CompletedTask;

    [Callback]
    private Task Received(WebhookRequest request, CancellationToken ct) => Task.CompletedTask;
}

/// <summary>A ticket's workflow.</summary>
[LinkType("ticket", Label = "Ticket")]
internal enum TicketStatus
{
    [Status("open", "Open", Todo = true, CreateDefault = true)]
    Open,

    [Status("solved", "Solved", Done = true)]
    Solved,
}
