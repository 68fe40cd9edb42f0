using Twister.Hosting.Execution;
using Twister.Tools;

namespace Twister.Hosting.Tools;

/// <summary>The Integrations tool: the development token stored with each installed channel.</summary>
internal sealed class HostIntegrations(ExecutionScope scope) : IIntegrations
{
    public async ValueTask<AuthToken?> GetAsync(AuthProvider provider, string channelId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(channelId);
        scope.Spend("integrations.get");
        var manifest = scope.Connector.Descriptor.Manifest;
        if (provider != manifest.Provider) return null;
        var channel = await scope.Storage.Channels.FindAsync(manifest.Name, channelId, cancellationToken).ConfigureAwait(false);
        return channel?.Token is { } token ? new AuthToken(token, manifest.Scopes) : null;
    }
}
