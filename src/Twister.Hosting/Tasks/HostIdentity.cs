using System.Security.Cryptography;

namespace Twister.Hosting.Tasks;

/// <summary>This host process's lease-owner id: unique per process, so a restarted host never mistakes a dead one's leases for its own.</summary>
internal sealed class HostIdentity
{
    public string Id { get; } = $"{Environment.MachineName}/{Environment.ProcessId}/{Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(4))}";
}
