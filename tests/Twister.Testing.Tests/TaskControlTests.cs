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
    public async Task A_connector_schedules_by_the_hosts_clock_so_a_delay_is_due_on_the_virtual_clock()
    {
        await using var host = TwisterTestHost.Create<CounterConnector>();
        host.Clock.Advance(TimeSpan.FromDays(3)); // the connector must read this clock, not the machine's
        await host.InvokeCallbackAsync("ScheduleIncrementAfter", """["c", "00:00:30"]""");

        var early = await host.AdvanceAsync(TimeSpan.FromSeconds(29));
        var onTime = await host.AdvanceAsync(TimeSpan.FromSeconds(1));

        Assert.Empty(early);
        Assert.Equal(ExecutionStatus.Succeeded, Assert.Single(onTime).Status);
        Assert.Equal(host.Clock.GetUtcNow(), Assert.Single(await host.GetTasksAsync()).RunAt);
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
    public async Task Run_until_idle_stops_an_unbounded_task_chain_with_a_clear_message()
    {
        await using var host = TwisterTestHost.Create<CounterConnector>();
        await host.InvokeCallbackAsync("Forever", "[]");

        var error = await Assert.ThrowsAsync<TwisterAssertionException>(() => host.RunUntilIdleAsync(maxExecutions: 20));

        Assert.Contains("unbounded", error.Message);
    }
}
