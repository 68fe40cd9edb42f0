using Twister.Hosting.Storage;
using Twister.Hosting.Tasks;

namespace Twister.Hosting.Tests.Storage.Contract;

public abstract partial class StorageContract
{
    private static readonly TimeSpan Lease = TimeSpan.FromSeconds(30);

    private static EnqueueTask Enqueue(string id, DateTimeOffset runAt, string channel = "ch", string connector = "c", byte[]? invocation = null)
        => new(new NewTask(id, connector, channel, "Sync", Json("[\"" + id + "\"]"), invocation, runAt));

    private Task<ClaimedTask?> ClaimAsync(string owner, DateTimeOffset? now = null, ChannelKey? channel = null, ITwisterStorage? storage = null)
    {
        var at = now ?? T0;
        return (storage ?? Storage).Tasks.ClaimNextAsync(owner, at, at + Lease, channel, CancellationToken.None);
    }

    private async Task<QueuedTask> TaskAsync(string id) => Assert.Single(await Storage.Tasks.ListAsync(CancellationToken.None), t => t.Id == id);

    [Fact]
    public async Task A_claim_takes_the_task_due_first_with_a_lease_and_counts_the_attempt()
    {
        byte[] invocation = [1, 2, 3];
        await CommitAsync(Enqueue("later", T0.AddMinutes(5), "a"), Enqueue("second", T0, "b", invocation: invocation), Enqueue("first", T0.AddMinutes(-1), "c"));

        var first = await ClaimAsync("owner");
        var second = await ClaimAsync("owner");

        Assert.Equal(("first", "c", "c", "Sync", 1, "owner", T0 + Lease), (first!.Id, first.Connector, first.ChannelId, first.Key, first.Attempts, first.LeaseOwner, first.LeaseUntil));
        Assert.Equal(Json("[\"first\"]"), first.Arguments);
        Assert.Null(first.Invocation);
        Assert.Equal("second", second!.Id);
        Assert.Equal(invocation, second.Invocation);
        Assert.True(second.IsWebhookDelivery);
        Assert.Null(await ClaimAsync("owner"));
        var listed = await TaskAsync("first");
        Assert.Equal((QueuedTaskStatus.Pending, 1, "owner", T0 + Lease, "c"), (listed.Status, listed.Attempts, listed.LeaseOwner, listed.LeaseUntil, listed.ChannelId));
        await CommitAsync(new CompleteTask("first", "owner"), new CompleteTask("second", "owner"));
        Assert.Equal("later", (await ClaimAsync("owner", T0.AddMinutes(5)))!.Id);
    }

    [Fact]
    public async Task Tasks_queued_at_the_same_time_are_claimed_in_queue_order()
    {
        await CommitAsync([.. Enumerable.Range(0, 5).Select(i => Enqueue($"t{i}", T0, channel: $"ch{i}"))]);

        var order = new List<string>();
        while (await ClaimAsync("owner") is { } task) order.Add(task.Id);

        Assert.Equal(["t0", "t1", "t2", "t3", "t4"], order);
    }

    [Fact]
    public async Task A_channel_with_a_leased_task_gets_no_other_claimed_until_that_one_ends()
    {
        await CommitAsync(Enqueue("a1", T0, "a"), Enqueue("a2", T0, "a"), Enqueue("b1", T0, "b"));

        var a1 = await ClaimAsync("host-1");
        var b1 = await ClaimAsync("host-2");
        Assert.Null(await ClaimAsync("host-2"));

        await CommitAsync(new CompleteTask(a1!.Id, "host-1"));
        var a2 = await ClaimAsync("host-2");

        Assert.Equal(("a1", "b1", "a2"), (a1.Id, b1!.Id, a2!.Id));
        Assert.Equal(QueuedTaskStatus.Done, (await TaskAsync("a1")).Status);
    }

    [Fact]
    public async Task A_claim_can_be_limited_to_one_channel()
    {
        await CommitAsync(Enqueue("a", T0, "a"), Enqueue("b", T0, "b"));

        var claimed = await ClaimAsync("owner", channel: new ChannelKey("c", "b"));

        Assert.Equal("b", claimed!.Id);
        Assert.Null(await ClaimAsync("owner", channel: new ChannelKey("c", "b")));
        Assert.Null(await ClaimAsync("owner", channel: new ChannelKey("other", "a")));
    }

    [Fact]
    public async Task An_expired_lease_lets_another_owner_take_the_task_and_the_old_owner_can_no_longer_end_it()
    {
        await CommitAsync(Enqueue("t", T0));
        var first = await ClaimAsync("dead-host");
        Assert.Null(await ClaimAsync("live-host", T0 + Lease - TimeSpan.FromSeconds(1)));

        var second = await ClaimAsync("live-host", T0 + Lease);

        Assert.Equal(("t", 2, "live-host"), (second!.Id, second.Attempts, second.LeaseOwner));
        var lost = await Assert.ThrowsAsync<TaskLeaseLostException>(() => CommitAsync(new SetState("c", "written-by-dead-host", Json("1")), new CompleteTask(first!.Id, "dead-host")));
        Assert.Equal("t", lost.TaskId);
        Assert.Contains(Storage.Location, lost.Message);
        Assert.Null(await Storage.State.GetAsync("c", "written-by-dead-host", CancellationToken.None));
        Assert.False(await Storage.Tasks.RenewLeaseAsync("t", "dead-host", T0.AddHours(1), CancellationToken.None));
        await CommitAsync(new CompleteTask("t", "live-host"));
        Assert.Equal(QueuedTaskStatus.Done, (await TaskAsync("t")).Status);
    }

    [Fact]
    public async Task A_renewed_lease_keeps_the_task_from_other_owners()
    {
        await CommitAsync(Enqueue("t", T0));
        await ClaimAsync("owner");

        Assert.True(await Storage.Tasks.RenewLeaseAsync("t", "owner", T0 + Lease * 3, CancellationToken.None));

        Assert.Null(await ClaimAsync("other", T0 + Lease * 2));
        Assert.Equal(T0 + Lease * 3, (await TaskAsync("t")).LeaseUntil);
    }

    [Fact]
    public async Task Retry_end_and_cancel_record_what_becomes_of_a_task()
    {
        await CommitAsync(Enqueue("retried", T0, "a"), Enqueue("failed", T0, "b"), Enqueue("cancelled", T0.AddDays(1), "c"), Enqueue("theirs", T0, "d", connector: "other"));
        await ClaimAsync("owner");
        await ClaimAsync("owner");

        await CommitAsync(
            new RetryTask("retried", "owner", T0.AddMinutes(1), "HttpRequestException: 503"),
            new EndTask("failed", "owner", QueuedTaskStatus.Failed, "JsonException: bad payload"),
            new CancelTask("cancelled"));

        var retried = await TaskAsync("retried");
        Assert.Equal((QueuedTaskStatus.Pending, T0.AddMinutes(1), "HttpRequestException: 503", (string?)null, 1), (retried.Status, retried.RunAt, retried.LastError, retried.LeaseOwner, retried.Attempts));
        Assert.Equal((QueuedTaskStatus.Failed, "JsonException: bad payload"), ((await TaskAsync("failed")).Status, (await TaskAsync("failed")).LastError));
        Assert.Equal(QueuedTaskStatus.Cancelled, (await TaskAsync("cancelled")).Status);
        Assert.Equal([0], await CommitAsync(new CancelTask("failed")));
        Assert.Equal([1], await CommitAsync(new CancelTasks("other")));
        Assert.Equal(QueuedTaskStatus.Cancelled, (await TaskAsync("theirs")).Status);
        Assert.Null(await ClaimAsync("owner", T0.AddSeconds(59)));
        Assert.Equal("retried", (await ClaimAsync("owner", T0.AddMinutes(1)))!.Id);
    }

    [Fact]
    public async Task Requeueing_runs_a_failed_or_orphaned_task_again_with_fresh_attempts_and_leaves_other_tasks_alone()
    {
        await CommitAsync(Enqueue("failed", T0, "a"), Enqueue("orphaned", T0, "b"), Enqueue("done", T0, "c"), Enqueue("pending", T0.AddDays(1), "d"));
        for (var i = 0; i < 3; i++) await ClaimAsync("owner");
        await CommitAsync(
            new EndTask("failed", "owner", QueuedTaskStatus.Failed, "HttpRequestException: 503"),
            new EndTask("orphaned", "owner", QueuedTaskStatus.Orphaned, "Callback 'Sync' is gone"),
            new CompleteTask("done", "owner"));

        var changed = await CommitAsync(
            new RequeueTask("failed", T0.AddMinutes(1)), new RequeueTask("orphaned", T0.AddMinutes(2)),
            new RequeueTask("done", T0), new RequeueTask("pending", T0), new RequeueTask("missing", T0));

        Assert.Equal([1, 1, 0, 0, 0], changed);
        var failed = await TaskAsync("failed");
        Assert.Equal((QueuedTaskStatus.Pending, T0.AddMinutes(1), 0, (string?)null, "HttpRequestException: 503"),
            (failed.Status, failed.RunAt, failed.Attempts, failed.LeaseOwner, failed.LastError));
        Assert.Equal((QueuedTaskStatus.Pending, 0), ((await TaskAsync("orphaned")).Status, (await TaskAsync("orphaned")).Attempts));
        Assert.Equal(QueuedTaskStatus.Done, (await TaskAsync("done")).Status);
        Assert.Equal(T0.AddDays(1), (await TaskAsync("pending")).RunAt);
        var claimed = await ClaimAsync("owner", T0.AddMinutes(1));
        Assert.Equal(("failed", 1), (claimed!.Id, claimed.Attempts));
    }

    [Fact]
    public async Task Cancelling_a_connectors_tasks_spares_the_one_named_so_a_task_can_cancel_the_others_and_still_complete()
    {
        await CommitAsync(Enqueue("mine", T0, "a"), Enqueue("later", T0.AddHours(1), "b"));
        await ClaimAsync("owner");

        var changed = await CommitAsync(new CancelTasks("c") { Except = "mine" }, new CompleteTask("mine", "owner"));

        Assert.Equal([1, 1], changed);
        Assert.Equal(QueuedTaskStatus.Done, (await TaskAsync("mine")).Status);
        Assert.Equal(QueuedTaskStatus.Cancelled, (await TaskAsync("later")).Status);
    }

    [Fact]
    public async Task The_next_due_time_waits_for_a_live_lease()
    {
        Assert.Null(await Storage.Tasks.NextDueAsync(CancellationToken.None));
        await CommitAsync(Enqueue("running", T0, "a"), Enqueue("scheduled", T0.AddHours(1), "b"));
        Assert.Equal(T0, await Storage.Tasks.NextDueAsync(CancellationToken.None));

        await ClaimAsync("owner");

        Assert.Equal(T0 + Lease, await Storage.Tasks.NextDueAsync(CancellationToken.None));
    }

    [Fact]
    public async Task Due_channels_are_those_a_claim_would_serve_the_channel_due_first_first()
    {
        await CommitAsync(
            Enqueue("b1", T0, "b"), Enqueue("a1", T0.AddMinutes(-1), "a"), Enqueue("a2", T0, "a"),
            Enqueue("later", T0.AddHours(1), "later"), Enqueue("leased", T0, "leased"), Enqueue("leased2", T0, "leased"),
            Enqueue("theirs", T0, "b", connector: "other"), Enqueue("done", T0, "done"));
        await ClaimAsync("owner", channel: new ChannelKey("c", "leased"));
        var done = await ClaimAsync("owner", channel: new ChannelKey("c", "done"));
        await CommitAsync(new CompleteTask(done!.Id, "owner"));

        var due = await Storage.Tasks.DueChannelsAsync(T0, 10, CancellationToken.None);

        Assert.Equal([new ChannelKey("c", "a"), new ChannelKey("c", "b"), new ChannelKey("other", "b")], due);
        Assert.Equal([new ChannelKey("c", "a")], await Storage.Tasks.DueChannelsAsync(T0, 1, CancellationToken.None));
        Assert.Contains(new ChannelKey("c", "leased"), await Storage.Tasks.DueChannelsAsync(T0 + Lease, 10, CancellationToken.None));
        Assert.Contains(new ChannelKey("c", "later"), await Storage.Tasks.DueChannelsAsync(T0.AddHours(1), 10, CancellationToken.None));
    }

    [Fact]
    public async Task Concurrent_claims_from_two_hosts_take_each_task_once()
    {
        await CommitAsync([.. Enumerable.Range(0, 40).Select(i => Enqueue($"t{i}", T0, channel: $"ch{i % 8}"))]);
        await using var second = await OpenSameDatabaseAsync();
        await second.MigrateAsync(CancellationToken.None);
        var claims = new System.Collections.Concurrent.ConcurrentBag<(string Owner, string Task)>();

        async Task DrainAsync(ITwisterStorage storage, string owner)
        {
            for (var idle = 0; idle < 3;)
            {
                if (await ClaimAsync(owner, storage: storage) is not { } task)
                {
                    idle++;
                    await Task.Yield();
                    continue;
                }
                idle = 0;
                claims.Add((owner, task.Id));
                await storage.CommitAsync([new CompleteTask(task.Id, owner)], T0, CancellationToken.None);
            }
        }
        await Task.WhenAll(Task.Run(() => DrainAsync(Storage, "host-1")), Task.Run(() => DrainAsync(second, "host-2")));

        Assert.Equal(40, claims.Count);
        Assert.Equal(40, claims.Select(c => c.Task).Distinct().Count());
        Assert.All(await Storage.Tasks.ListAsync(CancellationToken.None), t => Assert.Equal(QueuedTaskStatus.Done, t.Status));
    }
}
