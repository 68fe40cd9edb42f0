namespace Twister.Hosting.Configuration;

/// <summary>Settings of one connector in the local host.</summary>
public sealed class ConnectorOptions
{
    /// <summary>
    /// The development auth token used by <see cref="Connectors.ConnectorLifecycle.InstallAsync"/> when none is
    /// passed. When unset, the configuration key <c>Twister:Connectors:{name}:DevelopmentToken</c> is read.
    /// </summary>
    public string? DevelopmentToken { get; set; }

    /// <summary>
    /// The connector's option values at install (by option key; see <see cref="ConnectorAttribute.Options"/>),
    /// checked against its declarations. Configuration keys <c>Twister:Connectors:{name}:Options:{key}</c> add to them.
    /// </summary>
    public IDictionary<string, string> OptionValues { get; } = new Dictionary<string, string>(StringComparer.Ordinal);
}
