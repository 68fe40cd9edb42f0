using Twister.Hosting.Execution;
using Twister.Hosting.Tasks;
using Twister.Hosting.Tests.TestConnectors;

namespace Twister.Testing.Tests;

public sealed class TaskControlTests
{
    private static readonly DateTimeOffset InOneHour = TwisterTestHost.DefaultStart.AddHours(1);

    [Fact]
    public async Task A_task_scheduled_for_later_runs_only_once_the_virtual_clock_reaches_it()
    {
        await using var host = TwisterTestHost.Create<CounterConnector>();
        await host.InvokeCallbackAsync("ScheduleIncrement", $"""["c", "{InOneHour:O}"]""");

        var early = await host.AdvanceAsync(TimeSpan.FromMinutes(59));
        var onTime = await host.AdvanceAsync(TimeSpan.FromMinutes(1));

        Assert.Empty(early);
        Assert.Equal(ExecutionStatus.Succeeded, Assert.Single(onTime).Status);
        Assert.Equal("1", await host.GetStoredJsonAsync("c"));
    }

    [Fact]
    public async Task A_connector_reads_the_virtual_clock_through_its_tools()
    {
        await using var host = TwisterTestHost.Create<CounterConnector>();
        host.Clock.Advance(TimeSpan.FromDays(3));
        await host.InvokeCallbackAsync("ScheduleIncrementIn", """["c", 30]""");

        var task = Assert.Single(await host.GetTasksAsync(), t => t.Status == QueuedTaskStatus.Pending);
        var early = await host.AdvanceAsync(TimeSpan.FromMinutes(29));
        var onTime = await host.AdvanceAsync(TimeSpan.FromMinutes(1));

        Assert.Equal(TwisterTestHost.DefaultStart.AddDays(3).AddMinutes(30), task.RunAt);
        Assert.Empty(early);
        Assert.Equal(ExecutionStatus.Succeeded, Assert.Single(onTime).Status);
        Assert.Equal("1", await host.GetStoredJsonAsync("c"));
    }

    [Fact]
    public async Task A_cancelled_task_never_runs()
    {
        await using var host = TwisterTestHost.Create<CounterConnector>();
        await host.InvokeCallbackAsync("ScheduleIncrement", $"""["c", "{InOneHour:O}"]""");

        await host.InvokeCallbackAsync("CancelScheduled", """["c"]""");
        var ran = await host.RunUntilIdleAsync();

        Assert.Empty(ran);
        Assert.Equal(QueuedTaskStatus.Cancelled, Assert.Single(await host.GetTasksAsync()).Status);
        Assert.Null(await host.GetStoredJsonAsync("c"));
    }

    [Fact]
    public async Task A_task_that_cancels_itself_and_all_its_connectors_tasks_still_completes_with_its_writes()
    {
        await using var host = TwisterTestHost.Create<CounterConnector>();
        await host.InvokeCallbackAsync("ScheduleIncrement", $"""["later", "{InOneHour:O}"]""");
        await host.InvokeCallbackAsync("QueueSelfCancelling", """["c"]""");

        var ran = Assert.Single(await host.RunPendingTasksAsync());

        Assert.Equal(ExecutionStatus.Succeeded, ran.Status);
        Assert.Equal("1", await host.GetStoredJsonAsync("c"));
        var tasks = await host.GetTasksAsync();
        Assert.Equal(QueuedTaskStatus.Done, tasks.Single(t => t.Id == ran.TaskId).Status);
        Assert.Equal(QueuedTaskStatus.Cancelled, tasks.Single(t => t.Id != ran.TaskId).Status);
    }

    [Fact]
    public async Task Run_until_idle_stops_an_unbounded_task_chain_with_a_clear_message()
    {
        await using var host = TwisterTestHost.Create<CounterConnector>();
        await host.InvokeCallbackAsync("Forever", "[]");

        var error = await Assert.ThrowsAsync<TwisterAssertionException>(() => host.RunUntilIdleAsync(maxExecutions: 20));

        Assert.Contains("unbounded", error.Message);
    }
}
