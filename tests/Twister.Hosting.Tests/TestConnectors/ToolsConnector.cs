using System.Text;

namespace Twister.Hosting.Tests.TestConnectors;

/// <summary>Exercises the tools real connectors use: store listing and clearing, delete-all, cancel-all, Plot read-back, synchronous webhooks.</summary>
[Connector(Name, LinkTypes = [typeof(TaskStatus)])]
internal sealed partial class ToolsConnector : Connector<ToolsConnector>
{
    public const string Name = "tools";

    public override Task<IReadOnlyList<Channel>> GetChannelsAsync(Authorization authorization, AuthToken token, CancellationToken cancellationToken)
        => Task.FromResult<IReadOnlyList<Channel>>([new Channel("main", "Main")]);

    /// <summary>Sets keys, clears one, and records what listing sees inside the same execution.</summary>
    [Callback]
    private async Task ListKeys(CancellationToken ct)
    {
        await Store.SetAsync("sync/b", 1, ct);
        await Store.SetAsync("sync/a", 1, ct);
        await Store.SetAsync("other", 1, ct);
        await Store.ClearAsync("sync/old", ct);
        await Store.SetAsync("seen", string.Join(",", await Store.ListAsync("sync/", ct)), ct);
    }

    [Callback]
    private async Task ClearEverything(CancellationToken ct)
    {
        await Store.ClearAllAsync(ct);
        await Store.SetAsync("after", (await Store.ListAsync("", ct)).Count, ct);
    }

    [Callback]
    private async Task QueueAndToken(CancellationToken ct)
    {
        await Tools.Tasks.RunTaskAsync(Callbacks.Noop(), DateTimeOffset.UtcNow.AddDays(1), ct);
        await Tools.Callbacks.CreateAsync(Callbacks.Noop(), ct);
    }

    [Callback]
    private async Task DropAll(CancellationToken ct)
    {
        var fresh = await Tools.Callbacks.CreateAsync(Callbacks.Noop(), ct);
        await Tools.Callbacks.DeleteAllAsync(ct);
        await Tools.Tasks.CancelAllAsync(ct);
        var ran = true;
        try
        {
            await Tools.Callbacks.RunAsync(fresh, ct);
        }
        catch (TwisterException)
        {
            ran = false;
        }
        await Store.SetAsync("ranDeleted", ran, ct);
    }

    [Callback]
    private Task Noop(CancellationToken ct) => Task.CompletedTask;

    /// <summary>Writes an item, reads it back in the same execution, updates it, and records what it saw.</summary>
    [Callback]
    private async Task ReadBack(string source, CancellationToken ct)
    {
        await Tools.Plot.CreateActivityAsync(new NewActivity
        {
            Source = source, Title = "Written", LinkType = "task", Status = "open",
            Meta = new ActivityMeta { SyncProvider = Name, ChannelId = "main", ["project"] = "P1" },
            Assignee = new NewContact { Email = "ada@example.com", Name = "Ada" },
            Notes = [new NewNote { Key = "n1", Content = "note" }],
        }, ct);
        var seen = await Tools.Plot.GetActivityAsync(source, ct);
        var updated = await Tools.Plot.UpdateActivityAsync(source, new ActivityUpdate { Status = "closed" }, ct);
        var missing = await Tools.Plot.UpdateActivityAsync("nothing-here", new ActivityUpdate { Archived = true }, ct);
        await Store.SetAsync("seen", $"{seen?.Title}|{seen?.Status}|{seen?.Assignee?.Email}|{updated}|{missing}", ct);
    }

    [Callback]
    private async Task ReadNotes(string source, CancellationToken ct)
        => await Store.SetAsync("notes", string.Join(",", (await Tools.Plot.GetNotesAsync(source, ct)).Select(n => $"{n.Key}:{n.Content}")), ct);

    [Callback]
    private async Task Archive(string project, CancellationToken ct)
        => await Store.SetAsync("archived", await Tools.Plot.ArchiveActivitiesAsync(new ArchiveFilter { Meta = new Dictionary<string, string> { ["project"] = project } }, ct), ct);

    [Callback]
    private async Task BadStatusUpdate(string source, CancellationToken ct)
        => await Tools.Plot.UpdateActivityAsync(source, new ActivityUpdate { Status = "bogus" }, ct);

    [Callback]
    private async Task CreateHooks(CancellationToken ct)
    {
        await Store.SetAsync("sync", await Runtime.Network.CreateWebhookAsync(Callbacks.Verify(), new Twister.Tools.WebhookOptions { Synchronous = true }, ct), ct);
        await Store.SetAsync("async", await Runtime.Network.CreateWebhookAsync(Callbacks.Received(), ct), ct);
    }

    /// <summary>Answers a verification challenge while the sender waits, as Slack's Events API asks.</summary>
    [Callback]
    private Task Verify(WebhookRequest request, CancellationToken ct)
    {
        if (request.Query.GetValueOrDefault("secret") != "s3cret") request.Respond(WebhookResponse.Status(401));
        else request.Respond(WebhookResponse.Text("challenge:" + request.RawBody));
        return Task.CompletedTask;
    }

    [Callback]
    private async Task Received(WebhookRequest request, CancellationToken ct)
        => await Store.SetAsync("received", $"{request.Query.GetValueOrDefault("secret")}|{Encoding.UTF8.GetString(request.Body.Span)}", ct);
}
