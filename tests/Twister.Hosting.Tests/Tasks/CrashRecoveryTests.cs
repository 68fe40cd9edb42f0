using Twister.Hosting.Execution;
using Twister.Hosting.Tasks;
using Twister.Hosting.Tests.TestConnectors;
using Twister.Testing;

namespace Twister.Hosting.Tests.Tasks;

public sealed class CrashRecoveryTests
{
    [Fact]
    public async Task A_crash_between_saving_state_and_queueing_the_next_batch_neither_stalls_nor_duplicates_the_sync()
    {
        await using var env = await IssueHost.StartAsync(issuesPerTeam: 23);
        CrashPoints.Arm($"{env.Linear.Token}:{env.TeamId}:after-save:2");

        await env.SyncFirstTeamAsync();

        var executions = await env.Host.GetExecutionsAsync();
        var crashed = Assert.Single(executions, e => e.Status == ExecutionStatus.Failed);
        Assert.Contains("Simulated crash", crashed.Error);
        Assert.Contains(executions, e => e.Status == ExecutionStatus.Succeeded && e.TaskId == crashed.TaskId);
        var activities = await env.Host.AssertActivityCountAsync(23);
        var expected = env.Linear.Data.GetIssues(env.TeamId, null, 100).Nodes.Select(i => IssueSyncConnector.SourceOf(i.Id)).Order();
        Assert.Equal(expected, activities.Select(a => a.Source!).Order());
        Assert.Equal(23, (await env.Host.Plot.CountAsync()).Notes);
        Assert.All(await env.Host.GetTasksAsync(), t => Assert.Equal(QueuedTaskStatus.Done, t.Status));
        // 23 issues in pages of 5: five batches, five tasks; the retry re-ran the crashed task, it queued no other.
        Assert.Equal(5, (await env.Host.GetTasksAsync()).Count);
    }

    [Fact]
    public async Task A_failed_task_keeps_none_of_its_writes_and_is_retried_until_the_attempt_limit()
    {
        await using var host = TwisterTestHost.Create<CounterConnector>(o => o.MaxTaskAttempts = 3);
        await host.InvokeCallbackAsync("QueueFailing", """["c"]""");

        var runs = await host.RunUntilIdleAsync();

        Assert.Equal(3, runs.Count);
        Assert.All(runs, r => Assert.Equal(ExecutionStatus.Failed, r.Status));
        var task = Assert.Single(await host.GetTasksAsync());
        Assert.Equal(QueuedTaskStatus.Failed, task.Status);
        Assert.Equal(3, task.Attempts);
        Assert.Contains("fails after writing", task.LastError);
        Assert.Null(await host.GetStoredJsonAsync("c"));
    }
}
