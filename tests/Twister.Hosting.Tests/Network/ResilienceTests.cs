using System.Diagnostics;
using Polly.CircuitBreaker;
using Twister.Hosting.Configuration;
using Twister.Hosting.Execution;
using Twister.Hosting.Network;
using Twister.Hosting.Tasks;
using Twister.Hosting.Tests.TestConnectors;
using Twister.Testing;

namespace Twister.Hosting.Tests.Network;

/// <summary>Outbound HTTP retries transient failures, honours Retry-After, reschedules long waits, keeps a circuit breaker per origin, and budgets every attempt.</summary>
public sealed class ResilienceTests : IAsyncLifetime
{
    private ScriptedServer _server = null!;

    public async Task InitializeAsync() => _server = await ScriptedServer.StartAsync();

    public async Task DisposeAsync() => await _server.DisposeAsync();

    private TwisterTestHost Host(Action<TwisterOptions>? configure = null) => TwisterTestHost.Create<FetchConnector>(o =>
    {
        o.Http.RetryDelay = TimeSpan.FromMilliseconds(10);
        o.MapOrigin(FetchConnector.OneOrigin, _server.BaseAddress);
        o.MapOrigin(FetchConnector.TwoOrigin, _server.BaseAddress);
        configure?.Invoke(o);
    });

    private static Task<ExecutionRecord> FetchAsync(TwisterTestHost host, string url, string method = "GET")
        => host.InvokeCallbackAsync("Fetch", $$"""["{{url}}", "{{method}}"]""");

    [Fact]
    public async Task A_transient_failure_is_retried_and_every_attempt_counts_against_the_budget()
    {
        await using var host = Host();

        var record = await FetchAsync(host, $"{FetchConnector.OneOrigin}/flaky?fail=2");

        Assert.Equal(ExecutionStatus.Succeeded, record.Status);
        Assert.Equal("200", await host.GetStoredJsonAsync("status"));
        Assert.Equal(3, _server.RequestsTo("/flaky"));
        Assert.Equal(3 + 2, record.Requests); // three attempts, two store writes
    }

    [Fact]
    public async Task Retries_stop_at_the_request_budget()
    {
        await using var host = Host(o => o.RequestBudget = 2);

        var record = await FetchAsync(host, $"{FetchConnector.OneOrigin}/down?fail=100");

        Assert.Equal(ExecutionStatus.Failed, record.Status);
        Assert.IsType<RequestBudgetExceededException>(record.Exception);
        Assert.Equal(2, _server.RequestsTo("/down"));
    }

    [Fact]
    public async Task A_post_is_retried_only_when_the_service_did_not_process_it()
    {
        await using var host = Host();

        var failed = await FetchAsync(host, $"{FetchConnector.OneOrigin}/create?fail=1&status=500", "POST");
        Assert.Equal(ExecutionStatus.Succeeded, failed.Status);
        Assert.Equal("500", await host.GetStoredJsonAsync("status"));
        Assert.Equal(1, _server.RequestsTo("/create"));

        var limited = await FetchAsync(host, $"{FetchConnector.OneOrigin}/comment?retryAfter=0", "POST");
        Assert.Equal(ExecutionStatus.Succeeded, limited.Status);
        Assert.Equal("200", await host.GetStoredJsonAsync("status"));
        Assert.Equal(2, _server.RequestsTo("/comment"));
    }

    [Fact]
    public async Task A_429_with_a_short_Retry_After_is_waited_for_in_place()
    {
        await using var host = Host();
        var stopwatch = Stopwatch.StartNew();

        var record = await FetchAsync(host, $"{FetchConnector.OneOrigin}/limited?retryAfter=1");

        Assert.Equal(ExecutionStatus.Succeeded, record.Status);
        Assert.Equal("200", await host.GetStoredJsonAsync("status"));
        Assert.Equal(2, _server.RequestsTo("/limited"));
        Assert.True(stopwatch.Elapsed >= TimeSpan.FromSeconds(0.95), $"Retry-After: 1 was not waited for ({stopwatch.Elapsed}).");
    }

    [Fact]
    public async Task A_Retry_After_longer_than_an_execution_waits_reschedules_its_task_without_counting_an_attempt()
    {
        await using var host = Host(o => o.MaxTaskAttempts = 1);
        await host.InvokeCallbackAsync("QueueFetch", $$"""["{{FetchConnector.OneOrigin}}/busy?retryAfter=120&times=2", "GET"]""");

        for (var round = 1; round <= 2; round++)
        {
            var now = host.Clock.GetUtcNow();
            var record = Assert.Single(await host.RunPendingTasksAsync());
            Assert.Equal(ExecutionStatus.Rescheduled, record.Status);
            var retryAfter = Assert.IsType<RetryAfterException>(record.Exception);
            Assert.Equal(now.AddMinutes(2), retryAfter.RetryAt);
            Assert.Contains("Twister:Http:MaxRetryAfter", retryAfter.Message);
            var task = Assert.Single(await host.GetTasksAsync(), t => t.CallbackKey == "Fetch");
            Assert.Equal(QueuedTaskStatus.Pending, task.Status);
            Assert.Equal(now.AddMinutes(2), task.RunAt);
            Assert.Equal(0, task.Attempts); // handed back: MaxTaskAttempts = 1 would have failed it otherwise
            Assert.Contains(nameof(RetryAfterException), task.LastError);
            Assert.Equal(round, _server.RequestsTo("/busy")); // not waited for in place
            Assert.Empty(await host.AdvanceAsync(TimeSpan.FromMinutes(2) - TimeSpan.FromSeconds(1)));
            host.Clock.Advance(TimeSpan.FromSeconds(1));
        }

        var done = Assert.Single(await host.RunPendingTasksAsync());
        Assert.Equal(ExecutionStatus.Succeeded, done.Status);
        Assert.Equal(QueuedTaskStatus.Done, Assert.Single(await host.GetTasksAsync(), t => t.CallbackKey == "Fetch").Status);
        Assert.Equal("200", await host.GetStoredJsonAsync("status"));
    }

    [Fact]
    public async Task A_long_Retry_After_fails_a_direct_call_with_an_error_that_names_the_setting()
    {
        await using var host = Host(o => o.Http.MaxRetryAfter = TimeSpan.FromSeconds(5));

        var record = await FetchAsync(host, $"{FetchConnector.OneOrigin}/slow?retryAfter=6");

        Assert.Equal(ExecutionStatus.Failed, record.Status);
        var retryAfter = Assert.IsType<RetryAfterException>(record.Exception);
        Assert.Equal(TimeSpan.FromSeconds(6), retryAfter.Wait);
        Assert.Contains("429", retryAfter.Message);
        Assert.Contains("Twister:Http:MaxRetryAfter", retryAfter.Message);
    }

    [Fact]
    public async Task The_circuit_breaker_opens_for_one_origin_and_leaves_the_others_alone()
    {
        await using var host = Host(o =>
        {
            o.Http.MaxRetryAttempts = 0;
            o.Http.CircuitBreaker.MinimumThroughput = 2;
            o.Http.CircuitBreaker.FailureRatio = 0.5;
            o.Http.CircuitBreaker.BreakDuration = TimeSpan.FromMinutes(1);
        });

        for (var i = 0; i < 2; i++)
        {
            Assert.Equal(ExecutionStatus.Succeeded, (await FetchAsync(host, $"{FetchConnector.OneOrigin}/broken?fail=100")).Status);
            Assert.Equal("503", await host.GetStoredJsonAsync("status"));
        }
        var refused = await FetchAsync(host, $"{FetchConnector.OneOrigin}/other");
        var other = await FetchAsync(host, $"{FetchConnector.TwoOrigin}/allowed/fine");

        Assert.Equal(ExecutionStatus.Failed, refused.Status);
        Assert.IsType<BrokenCircuitException>(refused.Exception);
        Assert.Equal(0, _server.RequestsTo("/other"));
        Assert.Equal(ExecutionStatus.Succeeded, other.Status);
        Assert.Equal(1, _server.RequestsTo("/allowed/fine"));
    }
}
