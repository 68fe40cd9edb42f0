using System.Diagnostics;
using System.Diagnostics.Metrics;
using Twister.Hosting.Execution;
using Twister.Hosting.Tasks;

namespace Twister.Hosting.Observability;

/// <summary>
/// The host's instruments, on the meter <see cref="MeterName"/> created through the registered
/// <see cref="IMeterFactory"/>: executions (count, duration, requests each), requests, upserts and failures by
/// connector, and the queue's depth and lag.
/// </summary>
public sealed class TwisterMetrics
{
    /// <summary>The meter's name, for <c>MeterListener</c>s and OpenTelemetry's <c>AddMeter</c> (or use <c>AddTwisterInstrumentation()</c>).</summary>
    public const string MeterName = "Twister.Hosting";

    private static readonly double[] DurationBuckets = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 120, 300];
    private static readonly int[] RequestBuckets = [0, 1, 2, 5, 10, 25, 50, 100, 250, 500, 1000, 2500, 5000];

    private readonly Counter<long> _executions;
    private readonly Histogram<double> _duration;
    private readonly Histogram<int> _requestsPerExecution;
    private readonly Counter<long> _requests;
    private readonly Counter<long> _upserts;
    private readonly Counter<long> _failures;

    internal TwisterMetrics(IMeterFactory meterFactory, QueueMonitor queue)
    {
        var meter = meterFactory.Create(MeterName);
        _executions = meter.CreateCounter<long>("twister.executions", "{execution}", "Executions that ended, by connector, kind and status.");
        _duration = meter.CreateHistogram("twister.execution.duration", "s", "How long executions took, from their channel's turn to their commit, by connector, kind and status.",
            tags: null, new InstrumentAdvice<double> { HistogramBucketBoundaries = DurationBuckets });
        _requestsPerExecution = meter.CreateHistogram("twister.execution.requests", "{request}", "Requests each execution counted against its budget, by connector, kind and status.",
            tags: null, new InstrumentAdvice<int> { HistogramBucketBoundaries = RequestBuckets });
        _requests = meter.CreateCounter<long>("twister.requests", "{request}", "Requests counted against execution budgets, by connector and request.");
        _upserts = meter.CreateCounter<long>("twister.upserts", "{upsert}", "Plot upserts, by connector and entity (activity or note).");
        _failures = meter.CreateCounter<long>("twister.failures", "{failure}", "Failed executions, orphaned tasks and refused webhooks, by connector and reason.");
        meter.CreateObservableGauge("twister.queue.depth", () => QueueDepth(queue), "{task}",
            "Pending tasks by state: waiting (due, not running), running (leased) and scheduled (due later).");
        meter.CreateObservableGauge("twister.queue.lag", () => QueueLag(queue), "s", "How long the longest-waiting due task has waited past its due time.");
    }

    internal void ExecutionEnded(ExecutionRecord record, TimeSpan duration)
    {
        var tags = new TagList { { "connector", record.Connector }, { "kind", record.Kind.ToString() }, { "status", record.Status.ToString() } };
        _executions.Add(1, tags);
        _duration.Record(duration.TotalSeconds, tags);
        _requestsPerExecution.Record(record.Requests, tags);
    }

    internal void Request(string connector, string request)
        => _requests.Add(1, new("connector", connector), new("request", request));

    internal void Upserts(string connector, string entity, long count)
    {
        if (count > 0) _upserts.Add(count, new("connector", connector), new("entity", entity));
    }

    internal void Failure(string connector, string reason)
        => _failures.Add(1, new("connector", connector), new("reason", reason));

    private static IEnumerable<Measurement<int>> QueueDepth(QueueMonitor queue)
    {
        if (queue.Observe() is not { Status: var status }) return [];
        return
        [
            new(status.Waiting, new KeyValuePair<string, object?>("state", "waiting")),
            new(status.Running, new KeyValuePair<string, object?>("state", "running")),
            new(status.Scheduled, new KeyValuePair<string, object?>("state", "scheduled")),
        ];
    }

    private static IEnumerable<Measurement<double>> QueueLag(QueueMonitor queue)
        => queue.Observe() is { } observed ? [new(observed.Status.Lag(observed.At).TotalSeconds)] : [];
}
