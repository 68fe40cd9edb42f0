using Microsoft.Extensions.Time.Testing;
using Twister.Hosting.Configuration;
using Twister.Hosting.Execution;
using Twister.Hosting.Storage;
using Twister.Hosting.Tasks;
using Twister.Hosting.Tests.Concurrency;
using Twister.Hosting.Tests.TestConnectors;

namespace Twister.Hosting.Tests.Storage.Contract;

/// <summary>
/// Hosts sharing one database, run unchanged against every provider: a task runs once while both hosts
/// live, a running task's lease is renewed, and a dead host's task is taken over.
/// </summary>
public abstract class SharedDatabaseContract
{
    private static readonly TimeSpan Lease = TimeSpan.FromSeconds(30);

    /// <summary>Points a host at the test's one shared database.</summary>
    protected abstract void UseSharedDatabase(TwisterOptions options);

    /// <summary>A bare provider over the shared database, for a host that dies holding a lease.</summary>
    protected abstract ITwisterStorage OpenSharedDatabase();

    private Task<GateHost> StartAsync(Dictionary<string, string[]> plans, string? run = null, TimeProvider? clock = null, bool worker = false)
        => GateHost.StartAsync(plans, o =>
        {
            o.UseInMemoryDatabase = false;
            UseSharedDatabase(o);
            o.RunTaskWorker = worker;
            o.TaskLeaseDuration = Lease;
        }, run, clock);

    [Fact]
    public async Task Two_live_hosts_on_one_file_run_every_task_exactly_once()
    {
        string[] Steps(string channel) => [.. Enumerable.Range(1, 10).Select(i => $"{channel}{i}")];
        var plans = new Dictionary<string, string[]> { ["a"] = Steps("a"), ["b"] = Steps("b"), ["c"] = Steps("c"), ["d"] = Steps("d") };
        await using var first = await StartAsync(plans, worker: true);
        await using var second = await StartAsync(plans, run: first.Run, worker: true);

        foreach (var channel in plans.Keys) await first.EnableAsync(channel);
        await GateHost.WaitForAsync(() => first.Events.Count(e => e.StartsWith("leave:", StringComparison.Ordinal)) >= 40, "every step");
        await GateHost.WaitForAsync(() => first.Twister.GetTasksAsync().Result.All(t => t.Status == QueuedTaskStatus.Done), "every task's commit");

        var entered = first.Events.Where(e => e.StartsWith("enter:", StringComparison.Ordinal)).ToList();
        Assert.Equal(40, entered.Count);
        Assert.Equal(40, entered.Distinct().Count());
        var executions = (await first.Twister.GetExecutionsAsync()).Where(e => e.Kind == ExecutionKind.Task).ToList();
        Assert.Equal(40, executions.Count);
        Assert.All(executions, e => Assert.Equal(ExecutionStatus.Succeeded, e.Status));
        Assert.All(await first.Twister.GetTasksAsync(), t => Assert.Equal(1, t.Attempts));
    }

    [Fact]
    public async Task A_running_tasks_lease_is_renewed_so_another_host_never_takes_it()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var first = await StartAsync(new() { ["a"] = ["a1"] }, clock: clock);
        await using var second = await StartAsync(new() { ["a"] = ["a1"] }, run: first.Run, clock: clock);
        first.Close("a1");
        await first.EnableAsync("a");
        var running = first.Twister.RunDueTasksAsync();
        await first.WaitForEventAsync("enter:a1");

        for (var elapsed = TimeSpan.Zero; elapsed < Lease * 3; elapsed += TimeSpan.FromSeconds(10))
        {
            clock.Advance(TimeSpan.FromSeconds(10));
            await GateHost.WaitForAsync(() => LeaseOf(first).LeaseUntil > clock.GetUtcNow() + Lease / 2, "the lease renewal");
        }
        Assert.Empty(await second.Twister.RunDueTasksAsync());

        first.Open("a1");
        var record = Assert.Single(await running);
        Assert.Equal(ExecutionStatus.Succeeded, record.Status);
        var task = LeaseOf(first);
        Assert.Equal((QueuedTaskStatus.Done, 1), (task.Status, task.Attempts));
        Assert.Single(first.Events, "enter:a1");
    }

    [Fact]
    public async Task A_dead_hosts_task_is_taken_over_when_its_lease_expires_and_the_dead_host_cannot_commit_it()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var survivor = await StartAsync(new() { ["a"] = ["a1"] }, clock: clock);
        await survivor.EnableAsync("a");
        await using var dead = OpenSharedDatabase();
        await dead.MigrateAsync(CancellationToken.None);
        var claimed = await dead.Tasks.ClaimNextAsync("dead-host", clock.GetUtcNow(), clock.GetUtcNow() + Lease, null, CancellationToken.None);
        Assert.NotNull(claimed);

        Assert.Empty(await survivor.Twister.RunDueTasksAsync());
        clock.Advance(Lease);
        var record = Assert.Single(await survivor.Twister.RunDueTasksAsync());

        Assert.Equal(ExecutionStatus.Succeeded, record.Status);
        Assert.Equal((QueuedTaskStatus.Done, 2), (LeaseOf(survivor).Status, LeaseOf(survivor).Attempts));
        await Assert.ThrowsAsync<TaskLeaseLostException>(() => dead.CommitAsync([new CompleteTask(claimed.Id, "dead-host")], clock.GetUtcNow(), CancellationToken.None));
    }

    private static QueuedTask LeaseOf(GateHost host) => Assert.Single(host.Twister.GetTasksAsync().Result);
}
