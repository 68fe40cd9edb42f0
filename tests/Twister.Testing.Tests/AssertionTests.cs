using Twister.Hosting.Tests.TestConnectors;

namespace Twister.Testing.Tests;

public sealed class AssertionTests
{
    [Fact]
    public async Task Request_count_assertion_names_the_executions_over_the_limit()
    {
        await using var host = TwisterTestHost.Create<CounterConnector>();
        await host.InvokeCallbackAsync("ReadStore", "[3]");
        await host.InvokeCallbackAsync("ReadStore", "[8]");

        await host.AssertRequestsPerExecutionAtMostAsync(8);
        var error = await Assert.ThrowsAsync<TwisterAssertionException>(() => host.AssertRequestsPerExecutionAtMostAsync(5));

        Assert.Contains("1 execution(s) made more than 5 requests", error.Message);
        Assert.Contains("ReadStore made 8", error.Message);
    }

    [Fact]
    public async Task Plot_assertions_fail_when_nothing_reached_plot()
    {
        await using var host = TwisterTestHost.Create<CounterConnector>();

        await host.AssertActivityCountAsync(0);
        await Assert.ThrowsAsync<TwisterAssertionException>(() => host.AssertActivityAsync("missing:source"));
        await Assert.ThrowsAsync<TwisterAssertionException>(() => host.AssertActivityCountAsync(1));
    }

    [Fact]
    public async Task Failed_execution_assertion_reports_the_error()
    {
        await using var host = TwisterTestHost.Create<CounterConnector>();
        await host.InvokeCallbackAsync("IncrementThenFail", """["c"]""");

        var error = await Assert.ThrowsAsync<TwisterAssertionException>(host.AssertNoFailedExecutionsAsync);

        Assert.Contains("fails after writing", error.Message);
    }
}
