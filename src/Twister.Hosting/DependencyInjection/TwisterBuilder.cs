using Twister;
using Twister.Hosting.Configuration;
using Twister.Hosting.Connectors;
using Twister.Hosting.Network;
using Twister.Runtime;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Adds connectors to the local Twister host.</summary>
public sealed class TwisterBuilder
{
    internal TwisterBuilder(IServiceCollection services) => Services = services;

    /// <summary>The services the host is registered in.</summary>
    public IServiceCollection Services { get; }

    /// <summary>
    /// Adds <typeparamref name="TConnector"/>, run through its generated descriptor. Its settings are the named
    /// <see cref="ConnectorOptions"/> of the connector's name: bound from <c>Twister:Connectors:{name}</c>, then
    /// <paramref name="configure"/> (code wins), validated when the host starts.
    /// </summary>
    /// <typeparam name="TConnector">A connector class (its generated part implements <see cref="IConnectorDefinition"/>).</typeparam>
    /// <param name="configure">Sets the connector's options, for example its development token.</param>
    /// <returns>This builder.</returns>
    public TwisterBuilder AddConnector<TConnector>(Action<ConnectorOptions>? configure = null)
        where TConnector : Connector<TConnector>, IConnectorDefinition
    {
        var name = TConnector.Descriptor.Manifest.Name;
        var allowlist = new UrlAllowlist(TConnector.Descriptor.Manifest.NetworkUrls); // an invalid pattern fails here
        var options = Services.AddOptions<ConnectorOptions>(name).ValidateOnStart();
        if (configure is not null) options.Configure(configure);
        Services.AddSingleton(sp => new ConnectorRegistration(
            TConnector.Descriptor, new ConnectorHooks<TConnector>(), allowlist, sp.GetRequiredService<Microsoft.Extensions.Options.IOptionsMonitor<ConnectorOptions>>().Get(name)));
        return this;
    }
}
