using Twister.Hosting.Execution;
using Twister.Hosting.Tests.TestConnectors;
using Twister.Testing;

namespace Twister.Hosting.Tests.Execution;

public sealed class RequestBudgetTests
{
    [Fact]
    public async Task An_execution_over_its_budget_fails_with_a_clear_recorded_error_and_keeps_nothing()
    {
        await using var host = TwisterTestHost.Create<CounterConnector>(o => o.RequestBudget = 10);

        var record = await host.InvokeCallbackAsync("ReadStore", "[11]");

        Assert.Equal(ExecutionStatus.Failed, record.Status);
        Assert.Equal(10, record.Requests);
        Assert.IsType<RequestBudgetExceededException>(record.Exception);
        Assert.Contains("Request budget exceeded", record.Error);
        var stored = Assert.Single(await host.GetExecutionsAsync());
        Assert.Equal(record.Error, stored.Error);
    }

    [Fact]
    public async Task An_execution_within_its_budget_succeeds_and_records_its_request_count()
    {
        await using var host = TwisterTestHost.Create<CounterConnector>(o => o.RequestBudget = 10);

        var record = await host.InvokeCallbackAsync("ReadStore", "[10]");

        Assert.Equal(ExecutionStatus.Succeeded, record.Status);
        Assert.Equal(10, record.Requests);
    }

    [Fact]
    public async Task Each_task_gets_a_fresh_budget()
    {
        await using var env = await IssueHost.StartAsync(issuesPerTeam: 20, requestBudget: 12);

        await env.SyncFirstTeamAsync();

        // A full batch makes 12 requests (2 store reads, the token, 1 HTTP call, 5 upserts, 2 store writes, 1 task);
        // four batches together make far more than 12, yet every one succeeds.
        await env.Host.AssertNoFailedExecutionsAsync();
        await env.Host.AssertActivityCountAsync(20);
        await env.Host.AssertRequestsPerExecutionAtMostAsync(12);
    }

    [Fact]
    public async Task Running_a_token_inline_shares_the_current_budget()
    {
        await using var host = TwisterTestHost.Create<CounterConnector>(o => o.RequestBudget = 4);

        // create (1) + run (2) + Increment's get and set (3, 4): exactly the budget.
        var within = await host.InvokeCallbackAsync("IncrementThroughToken", """["c"]""");
        await using var tight = TwisterTestHost.Create<CounterConnector>(o => o.RequestBudget = 3);
        var over = await tight.InvokeCallbackAsync("IncrementThroughToken", """["c"]""");

        Assert.Equal(ExecutionStatus.Succeeded, within.Status);
        Assert.Equal(4, within.Requests);
        Assert.IsType<RequestBudgetExceededException>(over.Exception);
    }
}
