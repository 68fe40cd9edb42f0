using Twister.Hosting.Configuration;
using Twister.Hosting.Network;
using Twister.Runtime;

namespace Twister.Hosting.Connectors;

/// <summary>A connector type added with <c>AddConnector&lt;T&gt;()</c>: its descriptor, typed hooks, allowlist and options.</summary>
internal sealed class ConnectorRegistration(ConnectorDescriptor descriptor, IConnectorHooks hooks, UrlAllowlist allowlist, ConnectorOptions options)
{
    public ConnectorDescriptor Descriptor { get; } = descriptor;

    public IConnectorHooks Hooks { get; } = hooks;

    public ConnectorOptions Options { get; } = options;

    /// <summary>The parsed <c>[NetworkAccess]</c> patterns; an invalid one fails when the connector is added.</summary>
    public UrlAllowlist Allowlist { get; } = allowlist;

    /// <summary>Requests one execution of this connector may make: its own setting, else the host's.</summary>
    public int RequestBudget(TwisterOptions host) => Options.RequestBudget ?? host.RequestBudget;

    public string Name => Descriptor.Manifest.Name;
}
