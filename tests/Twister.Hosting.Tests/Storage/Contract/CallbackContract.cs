using Twister.Hosting.Callbacks;
using Twister.Hosting.Storage;

namespace Twister.Hosting.Tests.Storage.Contract;

public abstract partial class StorageContract
{
    private static StoredCallback Token(string token, bool webhook = false, string connector = "c", int minute = 0)
        => new(token, connector, "Key", Json("[\"x\",1]"), webhook, "channel-1", T0.AddMinutes(minute));

    [Fact]
    public async Task Tokens_are_found_with_everything_they_were_created_with()
    {
        await CommitAsync(new CreateCallback(Token("t1")));

        var found = await Storage.Callbacks.FindAsync("t1", CancellationToken.None);

        Assert.NotNull(found);
        Assert.Equal(("t1", "c", "Key", false, "channel-1", T0), (found.Token, found.Connector, found.Key, found.IsWebhook, found.ChannelId, found.CreatedAt));
        Assert.Equal(Json("[\"x\",1]"), found.Arguments);
        Assert.Null(await Storage.Callbacks.FindAsync("nope", CancellationToken.None));
    }

    [Fact]
    public async Task A_delete_names_the_kind_of_token_it_removes()
    {
        await CommitAsync(new CreateCallback(Token("callback")), new CreateCallback(Token("hook", webhook: true)));

        Assert.Equal([0, 0], await CommitAsync(new DeleteCallback("callback", IsWebhook: true), new DeleteCallback("hook", IsWebhook: false)));
        Assert.Equal([1, 1], await CommitAsync(new DeleteCallback("callback", IsWebhook: false), new DeleteCallback("hook", IsWebhook: true)));

        Assert.Null(await Storage.Callbacks.FindAsync("callback", CancellationToken.None));
        Assert.Null(await Storage.Callbacks.FindAsync("hook", CancellationToken.None));
    }

    [Fact]
    public async Task Webhooks_are_listed_oldest_first_and_deleted_per_connector_and_kind()
    {
        await CommitAsync(
            new CreateCallback(Token("late", webhook: true, minute: 2)), new CreateCallback(Token("early", webhook: true, minute: 1)),
            new CreateCallback(Token("plain", minute: 0)), new CreateCallback(Token("theirs", webhook: true, connector: "other", minute: 3)));

        Assert.Equal(["early", "late", "theirs"], (await Storage.Callbacks.ListWebhooksAsync(CancellationToken.None)).Select(w => w.Token));

        Assert.Equal([2], await CommitAsync(new DeleteCallbacks("c", IsWebhook: true)));
        Assert.Equal(["theirs"], (await Storage.Callbacks.ListWebhooksAsync(CancellationToken.None)).Select(w => w.Token));
        Assert.NotNull(await Storage.Callbacks.FindAsync("plain", CancellationToken.None));
    }

    [Fact]
    public async Task Orphaned_tokens_and_tasks_are_kept_and_listed_with_their_reason()
    {
        await CommitAsync(new CreateCallback(Token("gone", minute: 1)), new CreateCallback(Token("fine", minute: 2)), Enqueue("task-1", runAt: T0));
        var claimed = await ClaimAsync("owner");
        await CommitAsync(new MarkCallbackOrphaned("gone", "no key"), new EndTask(claimed!.Id, "owner", Twister.Hosting.Tasks.QueuedTaskStatus.Orphaned, "no task key"));

        Assert.Equal(["fine"], (await Storage.Callbacks.ListUnmarkedAsync(CancellationToken.None)).Select(c => c.Token));
        var orphans = await Storage.Callbacks.ListOrphanedAsync(CancellationToken.None);
        Assert.Equal(
            [new OrphanedCallback(OrphanKind.Token, "gone", "c", "Key", "no key"), new OrphanedCallback(OrphanKind.Task, "task-1", "c", "Sync", "no task key")],
            orphans);
        Assert.NotNull(await Storage.Callbacks.FindAsync("gone", CancellationToken.None));
    }
}
