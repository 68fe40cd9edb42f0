using Microsoft.Extensions.Diagnostics.HealthChecks;
using Twister.Hosting.Storage;
using Twister.Hosting.Tasks;

namespace Twister.Hosting.HealthChecks;

/// <summary>Healthy when the storage answers a read (the queue's status); unhealthy with the storage's own error, which names the file or server.</summary>
internal sealed class StorageHealthCheck(ITwisterStorage storage, QueueMonitor queue) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var data = new Dictionary<string, object> { ["location"] = storage.Location };
        try
        {
            await queue.ReadAsync(cancellationToken).ConfigureAwait(false);
            return HealthCheckResult.Healthy($"{storage.Location} answers.", data);
        }
        catch (TwisterStorageException ex)
        {
            return new HealthCheckResult(context.Registration.FailureStatus, ex.Message, ex, data);
        }
    }
}
