using OpenTelemetry;
using OpenTelemetry.Metrics;
using Twister.Samples.FakeLinear;
using Twister.Samples.FakeLinear.Data;
using Twister.Samples.Linear;
using Twister.Testing;

namespace Twister.Hosting.OpenTelemetry.Tests;

/// <summary>Metrics exported through <c>AddTwisterInstrumentation()</c> and OpenTelemetry's in-memory exporter.</summary>
public sealed class MetricsTests
{
    private static MeterProvider Metrics(List<MetricSnapshot> exported) => Sdk.CreateMeterProviderBuilder()
        .AddTwisterInstrumentation()
        .AddInMemoryExporter(exported)
        .Build()!;

    private static IEnumerable<MetricPoint> Points(List<MetricSnapshot> exported, string name)
        => exported.Where(m => m.Name == name).SelectMany(m => m.MetricPoints);

    private static string? Tag(MetricPoint point, string name)
    {
        foreach (var tag in point.Tags)
        {
            if (tag.Key == name) return tag.Value?.ToString();
        }
        return null;
    }

    [Fact]
    public async Task A_sync_reports_execution_durations_requests_upserts_and_the_queue()
    {
        var exported = new List<MetricSnapshot>();
        using var meters = Metrics(exported);
        await using var linear = new FakeLinearService(FakeLinearData.Seed(teams: 1, issuesPerTeam: 3));
        await linear.StartAsync();
        await using var host = TwisterTestHost.Create<IssueConnector>(o => o.MapOrigin("https://api.linear.app", linear.BaseAddress), linear.Token);

        await host.InstallAsync();
        host.Clock.Advance(TimeSpan.FromSeconds(90)); // the queued sync has waited 90 s
        meters.ForceFlush();
        var waiting = Points(exported, "twister.queue.depth").Single(p => Tag(p, "state") == "waiting");
        var lag = Points(exported, "twister.queue.lag").Single();
        Assert.Equal(1, waiting.GetGaugeLastValueLong());
        Assert.Equal(90, lag.GetGaugeLastValueDouble());

        exported.Clear();
        var records = await host.RunUntilIdleAsync();
        host.Clock.Advance(TimeSpan.FromSeconds(1)); // a new collection reads the queue again
        meters.ForceFlush();

        var executions = await host.Host.GetExecutionsAsync();
        var durations = Points(exported, "twister.execution.duration").ToList();
        Assert.Equal(executions.Count, durations.Sum(p => p.GetHistogramCount()));
        Assert.All(durations, p => Assert.Equal("linear", Tag(p, "connector")));
        var task = durations.Single(p => Tag(p, "kind") == "Task");
        Assert.Equal("Succeeded", Tag(task, "status"));
        Assert.True(task.GetHistogramSum() > 0);
        var requests = Points(exported, "twister.execution.requests").ToList();
        Assert.Equal(executions.Sum(e => e.Requests), requests.Sum(p => p.GetHistogramSum()));
        Assert.Equal(3, Points(exported, "twister.upserts").Where(p => Tag(p, "entity") == "activity").Sum(p => p.GetSumLong()));
        Assert.Equal(0, Points(exported, "twister.queue.depth").Single(p => Tag(p, "state") == "waiting").GetGaugeLastValueLong());
        Assert.Equal(0, Points(exported, "twister.queue.lag").Single().GetGaugeLastValueDouble());
        Assert.NotEmpty(records);
    }

    [Fact]
    public async Task Failed_executions_are_counted_by_reason()
    {
        var exported = new List<MetricSnapshot>();
        using var meters = Metrics(exported);
        await using var probe = await ProbeServer.StartAsync();
        await using var host = TwisterTestHost.Create<ProbeConnector>(o =>
        {
            o.Http.MaxRetryAttempts = 0;
            o.MapOrigin(ProbeConnector.Origin, probe.BaseAddress);
        });

        await host.InvokeCallbackAsync("Queue", """["/fail"]""");
        await host.RunPendingTasksAsync();
        meters.ForceFlush();

        var failure = Assert.Single(Points(exported, "twister.failures"));
        Assert.Equal("HttpRequestException", Tag(failure, "reason"));
        Assert.Equal(1, failure.GetSumLong());
        Assert.Equal(1, Points(exported, "twister.executions").Where(p => Tag(p, "status") == "Failed").Sum(p => p.GetSumLong()));
    }
}
