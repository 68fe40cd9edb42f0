using Twister.Hosting.Storage;

namespace Twister.Hosting.Tests.Storage.Contract;

public abstract partial class StorageContract
{
    [Fact]
    public async Task State_is_set_read_and_cleared_per_connector()
    {
        await CommitAsync(new SetState("one", "key", Json("\"a\"")), new SetState("two", "key", Json("\"b\"")));
        await CommitAsync(new SetState("one", "key", Json("\"c\"")), new ClearState("two", "key"));

        Assert.Equal(Json("\"c\""), await Storage.State.GetAsync("one", "key", CancellationToken.None));
        Assert.Null(await Storage.State.GetAsync("two", "key", CancellationToken.None));
        Assert.Null(await Storage.State.GetAsync("one", "other", CancellationToken.None));
    }

    [Fact]
    public async Task Keys_are_listed_by_prefix_in_ordinal_order_and_cleared_by_prefix()
    {
        await CommitAsync(
            new SetState("c", "sync_b", Json("1")), new SetState("c", "sync_a", Json("1")), new SetState("c", "sync_B", Json("1")),
            new SetState("c", "webhook", Json("1")), new SetState("c", "sync%_", Json("1")), new SetState("other", "sync_z", Json("1")));

        Assert.Equal(["sync%_", "sync_B", "sync_a", "sync_b"], await Storage.State.ListKeysAsync("c", "sync", CancellationToken.None));
        Assert.Equal(["sync_B", "sync_a", "sync_b"], await Storage.State.ListKeysAsync("c", "sync_", CancellationToken.None));
        Assert.Equal(5, (await Storage.State.ListKeysAsync("c", "", CancellationToken.None)).Count);

        var changed = await CommitAsync(new ClearStatePrefix("c", "sync_"));

        Assert.Equal([3], changed);
        Assert.Equal(["sync%_", "webhook"], await Storage.State.ListKeysAsync("c", "", CancellationToken.None));
        Assert.Equal(["sync_z"], await Storage.State.ListKeysAsync("other", "", CancellationToken.None));
    }

    [Fact]
    public async Task Binary_values_round_trip_exactly()
    {
        var value = Enumerable.Range(0, 256).Select(i => (byte)i).ToArray();

        await CommitAsync(new SetState("c", "bytes", value));

        Assert.Equal(value, await Storage.State.GetAsync("c", "bytes", CancellationToken.None));
    }
}
