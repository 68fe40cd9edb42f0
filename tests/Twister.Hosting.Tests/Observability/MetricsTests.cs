using System.Diagnostics.Metrics;
using Twister.Hosting.Observability;
using Twister.Hosting.Tests.TestConnectors;
using Twister.Testing;

namespace Twister.Hosting.Tests.Observability;

[CollectionDefinition(nameof(MetricsTests), DisableParallelization = true)]
public sealed class MetricsCollection;

/// <summary>Runs alone, so the process-wide meter sees only this test's executions.</summary>
[Collection(nameof(MetricsTests))]
public sealed class MetricsTests
{
    [Fact]
    public async Task Executions_requests_upserts_and_failures_are_counted_with_their_tags()
    {
        var measurements = new List<(string Instrument, long Value, Dictionary<string, object?> Tags)>();
        using var listener = new MeterListener();
        listener.InstrumentPublished = (instrument, l) =>
        {
            if (instrument.Meter.Name == TwisterMetrics.MeterName) l.EnableMeasurementEvents(instrument);
        };
        listener.SetMeasurementEventCallback<long>((instrument, value, tags, _) =>
        {
            lock (measurements) measurements.Add((instrument.Name, value, tags.ToArray().ToDictionary(t => t.Key, t => t.Value)));
        });
        listener.Start();
        await using var env = await IssueHost.StartAsync(issuesPerTeam: 3);

        await env.SyncFirstTeamAsync();
        await env.Host.InvokeCallbackAsync("FetchUrl", """["https://elsewhere.test/"]""");

        long Sum(string instrument, Func<Dictionary<string, object?>, bool> where)
        {
            lock (measurements) return measurements.Where(m => m.Instrument == instrument && where(m.Tags)).Sum(m => m.Value);
        }
        Assert.Equal(3, Sum("twister.upserts", t => (string?)t["entity"] == "activity"));
        Assert.Equal(3, Sum("twister.upserts", t => (string?)t["entity"] == "note"));
        Assert.Equal(1, Sum("twister.executions", t => (string?)t["kind"] == "Task" && (string?)t["status"] == "Succeeded"));
        Assert.Equal(1, Sum("twister.executions", t => (string?)t["kind"] == "Callback" && (string?)t["status"] == "Failed"));
        Assert.Equal(1, Sum("twister.failures", t => (string?)t["reason"] == "NetworkAccessDeniedException"));
        Assert.Equal(2, Sum("twister.requests", t => (string?)t["request"] == "http"));
        Assert.All(measurements, m => Assert.Equal(IssueSyncConnector.Name, m.Tags["connector"]));
    }
}
