using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;
using Twister.Hosting.Observability;

namespace OpenTelemetry;

/// <summary>Adds the Twister host's telemetry to OpenTelemetry.</summary>
public static class TwisterInstrumentationExtensions
{
    /// <summary>
    /// Adds the host's spans (activity source <see cref="TwisterTracing.ActivitySourceName"/>): one per execution,
    /// and inside it one per outbound HTTP request of connector code. Add <c>AddHttpClientInstrumentation()</c> (or
    /// the <c>System.Net.Http</c> source) to see each attempt under its request.
    /// </summary>
    /// <param name="builder">The tracer provider builder.</param>
    /// <returns>The builder.</returns>
    public static TracerProviderBuilder AddTwisterInstrumentation(this TracerProviderBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        return builder.AddSource(TwisterTracing.ActivitySourceName);
    }

    /// <summary>
    /// Adds the host's metrics (meter <see cref="TwisterMetrics.MeterName"/>): executions, their duration and
    /// requests, requests, upserts, failures, and the queue's depth and lag.
    /// </summary>
    /// <param name="builder">The meter provider builder.</param>
    /// <returns>The builder.</returns>
    public static MeterProviderBuilder AddTwisterInstrumentation(this MeterProviderBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        return builder.AddMeter(TwisterMetrics.MeterName);
    }
}
