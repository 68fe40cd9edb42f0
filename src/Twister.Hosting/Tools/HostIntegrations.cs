using Twister.Hosting.Execution;
using Twister.Tools;

namespace Twister.Hosting.Tools;

/// <summary>The Integrations tool: the development token stored with each installed channel.</summary>
internal sealed class HostIntegrations(ExecutionScope scope) : IIntegrations
{
    public ValueTask<AuthToken?> GetAsync(AuthProvider provider, string channelId, CancellationToken cancellationToken = default)
    {
        scope.Spend("integrations.get");
        var manifest = scope.Connector.Descriptor.Manifest;
        if (provider != manifest.Provider) return ValueTask.FromResult<AuthToken?>(null);
        var token = (string?)scope.Database.Scalar("SELECT token FROM channels WHERE connector = @c AND channel_id = @ch", ("@c", manifest.Name), ("@ch", channelId));
        return ValueTask.FromResult(token is null ? null : new AuthToken(token, manifest.Scopes));
    }
}
