using Twister.Hosting.Configuration;
using Twister.Hosting.Network;
using Twister.Runtime;

namespace Twister.Hosting.Connectors;

/// <summary>A connector type added with <c>AddConnector&lt;T&gt;()</c>: its descriptor, typed hooks and options.</summary>
internal sealed class ConnectorRegistration(ConnectorDescriptor descriptor, IConnectorHooks hooks, ConnectorOptions options)
{
    public ConnectorDescriptor Descriptor { get; } = descriptor;

    public IConnectorHooks Hooks { get; } = hooks;

    public ConnectorOptions Options { get; } = options;

    /// <summary>The parsed <c>[NetworkAccess]</c> patterns; an invalid one fails when the connector is added.</summary>
    public UrlAllowlist Allowlist { get; } = new(descriptor.Manifest.NetworkUrls);

    public string Name => Descriptor.Manifest.Name;
}
