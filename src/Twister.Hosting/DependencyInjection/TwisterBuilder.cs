using Twister;
using Twister.Hosting.Configuration;
using Twister.Hosting.Connectors;
using Twister.Runtime;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Adds connectors to the local Twister host.</summary>
public sealed class TwisterBuilder
{
    internal TwisterBuilder(IServiceCollection services) => Services = services;

    /// <summary>The services the host is registered in.</summary>
    public IServiceCollection Services { get; }

    /// <summary>Adds <typeparamref name="TConnector"/>, run through its generated descriptor.</summary>
    /// <typeparam name="TConnector">A connector class (its generated part implements <see cref="IConnectorDefinition"/>).</typeparam>
    /// <param name="configure">Sets the connector's options, for example its development token.</param>
    /// <returns>This builder.</returns>
    public TwisterBuilder AddConnector<TConnector>(Action<ConnectorOptions>? configure = null)
        where TConnector : Connector<TConnector>, IConnectorDefinition
    {
        var options = new ConnectorOptions();
        configure?.Invoke(options);
        Services.AddSingleton(new ConnectorRegistration(TConnector.Descriptor, new ConnectorHooks<TConnector>(), options));
        return this;
    }
}
