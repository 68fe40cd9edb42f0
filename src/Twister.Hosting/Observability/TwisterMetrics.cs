using System.Diagnostics.Metrics;
using Twister.Hosting.Execution;

namespace Twister.Hosting.Observability;

/// <summary>
/// The host's counters, on the meter <see cref="MeterName"/>: executions, requests, upserts and failures,
/// tagged with the connector and the kind.
/// </summary>
public sealed class TwisterMetrics : IDisposable
{
    /// <summary>The meter's name, for <c>MeterListener</c>s and OpenTelemetry.</summary>
    public const string MeterName = "Twister.Hosting";

    private readonly Meter _meter = new(MeterName);
    private readonly Counter<long> _executions;
    private readonly Counter<long> _requests;
    private readonly Counter<long> _upserts;
    private readonly Counter<long> _failures;

    /// <summary>Creates the counters.</summary>
    public TwisterMetrics()
    {
        _executions = _meter.CreateCounter<long>("twister.executions", description: "Executions that ended, by connector, kind and status.");
        _requests = _meter.CreateCounter<long>("twister.requests", description: "Requests counted against execution budgets, by connector and request.");
        _upserts = _meter.CreateCounter<long>("twister.upserts", description: "Plot upserts, by connector and entity (activity or note).");
        _failures = _meter.CreateCounter<long>("twister.failures", description: "Failed executions, orphaned tasks and refused webhooks, by connector and reason.");
    }

    internal void Execution(string connector, ExecutionKind kind, ExecutionStatus status)
        => _executions.Add(1, new("connector", connector), new("kind", kind.ToString()), new("status", status.ToString()));

    internal void Request(string connector, string request)
        => _requests.Add(1, new("connector", connector), new("request", request));

    internal void Upserts(string connector, string entity, long count)
    {
        if (count > 0) _upserts.Add(count, new("connector", connector), new("entity", entity));
    }

    internal void Failure(string connector, string reason)
        => _failures.Add(1, new("connector", connector), new("reason", reason));

    /// <inheritdoc />
    public void Dispose() => _meter.Dispose();
}
