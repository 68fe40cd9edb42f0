namespace Twister.Samples.Broken;

// TWIST0001: not partial, so the generator cannot add the connector's wiring.
[Connector("linear")]
public sealed class IssueConnector : Connector<IssueConnector>
{
    public override Task<IReadOnlyList<Channel>> GetChannelsAsync(Authorization authorization, AuthToken token, CancellationToken cancellationToken)
        => Task.FromResult<IReadOnlyList<Channel>>([]);

    public override Task OnChannelEnabledAsync(Channel channel, CancellationToken cancellationToken) => Task.CompletedTask;

    // TWIST1007: `force` was appended to a shipped callback without a default value.
    [Callback]
    private Task SyncBatch(string channelId, int retries, bool force) => Task.CompletedTask;

    // TWIST1006: `mode` was shipped as a string and is now an enum.
    [Callback]
    private Task Resync(string channelId, SyncMode mode) => Task.CompletedTask;

    // TWIST1005: `page` was removed from the middle; `cursor` moved into its place.
    [Callback]
    private Task Backfill(string channelId, long cursor) => Task.CompletedTask;

    // TWIST1005: parameters reordered.
    [Callback]
    private Task Reorder(int page, string channelId) => Task.CompletedTask;

    // TWIST1004 (on the class: `OldName` is shipped) + TWIST1003: renamed without pinning the key.
    [Callback]
    private Task NewName(string channelId) => Task.CompletedTask;

    // TWIST1002: the key "SyncBatch" is already taken. TWIST1001: a Func cannot be persisted.
    [Callback("SyncBatch")]
    private Task SyncAgain(string channelId, Func<int, int> map) => Task.CompletedTask;

    // TWIST0003: a callback cannot be generic. TWIST0004: [FromInvocation] on a later parameter.
    [Callback]
    private Task Generic<T>(T value) => Task.CompletedTask;

    [Callback]
    private Task Choose(string channelId, [FromInvocation] string choice) => Task.CompletedTask;

    [Callback]
    private Task OnWebhook(WebhookRequest request, string channelId)
    {
        // TWIST2005: an incremental (webhook) path sets Unread.
        var activity = ActivityMapper.ToActivity(new Issue("1", "ENG-1", "Title", "<p>Body</p>"), channelId) with { Unread = true };
        return Task.CompletedTask;
    }

    // TWIST2002 + TWIST2003 + TWIST2004: no source and no meta.
    private static NewActivity Bare() => new NewActivity { Title = "bare" };

    // TWIST2001: the Linear identifier (ENG-123) changes when an issue moves team.
    private static NewActivity ByIdentifier(Issue issue, string channelId) => new()
    {
        Source = $"linear:issue:{issue.Identifier}",
        Meta = new ActivityMeta { SyncProvider = "linear", ChannelId = channelId },
    };
}

// TWIST0002: a connector must derive from Connector<itself>.
[Connector("other")]
public abstract partial class WrongBaseConnector : Connector<IssueConnector>;

public enum SyncMode { Fast, Full }

public sealed record Issue(string Id, string Identifier, string Title, string DescriptionHtml);

[LinkType("issue")]
public enum IssueStatus
{
    [Status("backlog", "Backlog", CreateDefault = true)] Backlog,
    // TWIST0005: every member of a link type is a status.
    Unstarted,
    // TWIST0006: a second CreateDefault status.
    [Status("done", "Done", Done = true, CreateDefault = true)] Done,
}
