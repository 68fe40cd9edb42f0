using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Twister.Hosting.Configuration;
using Twister.Hosting.HealthChecks;
using Twister.Hosting.Storage;
using Twister.Hosting.Tasks;
using Twister.Hosting.Tests.TestConnectors;

namespace Twister.Hosting.Tests.HealthChecks;

/// <summary>The storage, worker and queue-lag checks, through the health check service as an app runs them.</summary>
public sealed class HealthCheckTests
{
    private static readonly DateTimeOffset T0 = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

    private static ServiceProvider Services(FakeTimeProvider clock, Action<TwisterOptions>? configure = null)
    {
        var services = new ServiceCollection();
        services.AddSingleton<TimeProvider>(clock);
        services.AddTwister(o =>
            {
                o.UseInMemoryDatabase = true;
                o.RunTaskWorker = false;
                o.RunWebhookServer = false;
                configure?.Invoke(o);
            })
            .AddConnector<CounterConnector>();
        services.AddHealthChecks().AddTwister("ready");
        return services.BuildServiceProvider();
    }

    private static Task<HealthReport> CheckAsync(IServiceProvider services) => services.GetRequiredService<HealthCheckService>().CheckHealthAsync();

    [Fact]
    public async Task A_quiet_host_is_healthy_and_each_check_carries_the_twister_tag()
    {
        await using var services = Services(new FakeTimeProvider(T0));

        var report = await CheckAsync(services);

        Assert.Equal(HealthStatus.Healthy, report.Status);
        Assert.Equal(["twister-queue", "twister-storage", "twister-worker"], report.Entries.Keys.Order());
        Assert.All(report.Entries.Values, e => Assert.Equal(["ready", "twister"], e.Tags.Order()));
        Assert.Equal("This host runs no task worker (Twister:RunTaskWorker is off).", report.Entries["twister-worker"].Description);
        Assert.Equal("SQLite in-memory database", report.Entries["twister-storage"].Data["location"]);
    }

    [Fact]
    public async Task The_queue_turns_degraded_then_unhealthy_as_the_oldest_due_task_waits()
    {
        var clock = new FakeTimeProvider(T0);
        await using var services = Services(clock);
        var twister = services.GetRequiredService<TwisterHost>();
        await twister.InvokeCallbackAsync(CounterConnector.Name, "ScheduleIncrement", """["c", "2026-01-01T00:00:00+00:00"]"""u8.ToArray(), null, CancellationToken.None);

        clock.Advance(TimeSpan.FromSeconds(30));
        Assert.Equal(HealthStatus.Healthy, (await CheckAsync(services)).Entries["twister-queue"].Status);

        clock.Advance(TimeSpan.FromMinutes(2));
        var degraded = (await CheckAsync(services)).Entries["twister-queue"];
        Assert.Equal(HealthStatus.Degraded, degraded.Status);
        Assert.Equal(1, degraded.Data["waiting"]);
        Assert.Equal(150.0, degraded.Data["lagSeconds"]);
        Assert.Contains("Twister:Health:QueueLagDegraded", degraded.Description);

        clock.Advance(TimeSpan.FromMinutes(10));
        var report = await CheckAsync(services);
        Assert.Equal(HealthStatus.Unhealthy, report.Status);
        Assert.Contains("Twister:Health:QueueLagUnhealthy", report.Entries["twister-queue"].Description);

        await twister.RunDueTasksAsync();
        Assert.Equal(HealthStatus.Healthy, (await CheckAsync(services)).Status);
    }

    [Fact]
    public async Task Unreachable_storage_is_unhealthy_with_the_storage_error()
    {
        var storage = new BreakableStorage();
        await using var services = Services(new FakeTimeProvider(T0), o => o.Storage = _ => storage);
        Assert.Equal(HealthStatus.Healthy, (await CheckAsync(services)).Entries["twister-storage"].Status);

        storage.Break();
        var entry = (await CheckAsync(services)).Entries["twister-storage"];

        Assert.Equal(HealthStatus.Unhealthy, entry.Status);
        Assert.StartsWith("test server 'db.invalid:5432': reading the task queue failed", entry.Description);
        Assert.IsType<TwisterStorageException>(entry.Exception);
    }

    [Fact]
    public async Task The_worker_is_healthy_while_it_runs_and_unhealthy_once_stopped()
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Services.AddTwister(o =>
            {
                o.UseInMemoryDatabase = true;
                o.RunWebhookServer = false;
                o.TaskPollInterval = TimeSpan.FromMilliseconds(20);
            })
            .AddConnector<CounterConnector>();
        builder.Services.AddHealthChecks().AddTwister();
        using var host = builder.Build();
        var heartbeat = host.Services.GetRequiredService<WorkerHeartbeat>();

        Assert.Equal("The task worker has not started.", (await CheckAsync(host.Services)).Entries["twister-worker"].Description);
        await host.StartAsync();
        while (!heartbeat.Started) await Task.Delay(10);
        Assert.Equal(HealthStatus.Healthy, (await CheckAsync(host.Services)).Entries["twister-worker"].Status);

        await host.StopAsync();
        var stopped = (await CheckAsync(host.Services)).Entries["twister-worker"];
        Assert.Equal(HealthStatus.Unhealthy, stopped.Status);
        Assert.Equal("The task worker stopped with the host.", stopped.Description);
    }

    [Fact]
    public async Task A_worker_that_has_not_looked_at_the_queue_for_too_long_is_unhealthy()
    {
        var clock = new FakeTimeProvider(T0);
        var heartbeat = new WorkerHeartbeat();
        var check = new WorkerHealthCheck(heartbeat, Options.Create(new TwisterOptions()), clock);
        var context = new HealthCheckContext { Registration = new HealthCheckRegistration("twister-worker", check, null, null) };
        heartbeat.Start(clock.GetUtcNow());

        clock.Advance(TimeSpan.FromSeconds(59));
        Assert.Equal(HealthStatus.Healthy, (await check.CheckHealthAsync(context)).Status);
        clock.Advance(TimeSpan.FromSeconds(2));
        var stalled = await check.CheckHealthAsync(context);

        Assert.Equal(HealthStatus.Unhealthy, stalled.Status);
        Assert.Equal("The task worker has not looked at the queue for 61 s (Twister:Health:WorkerStalledAfter is 60 s).", stalled.Description);
    }
}
