using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;
using Twister.Hosting.Configuration;
using Twister.Hosting.HealthChecks;
using Twister.Hosting.Storage;
using Twister.Hosting.Tasks;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Adds the Twister host's health checks.</summary>
public static class TwisterHealthChecksBuilderExtensions
{
    /// <summary>The tag every Twister health check carries (<c>MapTwisterHealthChecks()</c> reports those).</summary>
    public const string Tag = "twister";

    /// <summary>
    /// Adds three checks of the host registered by <c>AddTwister</c>: <c>twister-storage</c> (the storage answers a
    /// read), <c>twister-worker</c> (the task worker is alive) and <c>twister-queue</c> (the queue's lag, degraded and
    /// unhealthy past <c>Twister:Health</c>'s thresholds). Each carries the tag <see cref="Tag"/> and
    /// <paramref name="tags"/>.
    /// </summary>
    /// <param name="builder">The health checks builder (<c>services.AddHealthChecks()</c>).</param>
    /// <param name="tags">More tags, for example <c>ready</c>.</param>
    /// <returns>The builder.</returns>
    public static IHealthChecksBuilder AddTwister(this IHealthChecksBuilder builder, params string[] tags)
    {
        ArgumentNullException.ThrowIfNull(builder);
        string[] all = [Tag, .. tags];
        var timeout = TimeSpan.FromSeconds(10);
        builder.Add(new HealthCheckRegistration("twister-storage",
            sp => new StorageHealthCheck(sp.GetRequiredService<ITwisterStorage>(), sp.GetRequiredService<QueueMonitor>()), failureStatus: null, all, timeout));
        builder.Add(new HealthCheckRegistration("twister-worker",
            sp => new WorkerHealthCheck(sp.GetRequiredService<WorkerHeartbeat>(), sp.GetRequiredService<IOptions<TwisterOptions>>(), sp.GetRequiredService<TimeProvider>()),
            failureStatus: null, all, timeout));
        builder.Add(new HealthCheckRegistration("twister-queue",
            sp => new QueueHealthCheck(sp.GetRequiredService<QueueMonitor>(), sp.GetRequiredService<IOptions<TwisterOptions>>()), failureStatus: null, all, timeout));
        return builder;
    }
}
