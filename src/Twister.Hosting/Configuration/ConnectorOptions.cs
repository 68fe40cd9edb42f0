using Microsoft.Extensions.Configuration;

namespace Twister.Hosting.Configuration;

/// <summary>
/// Settings of one connector in the local host: named options (the connector's name), bound from the
/// configuration section <c>Twister:Connectors:{name}</c>, then adjusted by <c>AddConnector&lt;T&gt;(c =&gt; ...)</c>
/// (code wins), and validated when the host starts.
/// </summary>
public sealed class ConnectorOptions
{
    /// <summary>
    /// The development auth token used by <see cref="Connectors.ConnectorLifecycle.InstallAsync"/> when none is
    /// passed (configuration key <c>Twister:Connectors:{name}:DevelopmentToken</c>).
    /// </summary>
    public string? DevelopmentToken { get; set; }

    /// <summary>
    /// The connector's option values at install (by option key; see <see cref="ConnectorAttribute.Options"/>),
    /// checked against its declarations. Configuration keys <c>Twister:Connectors:{name}:Options:{key}</c> add to them.
    /// </summary>
    [ConfigurationKeyName("Options")]
    public IDictionary<string, string> OptionValues { get; } = new Dictionary<string, string>(StringComparer.Ordinal);

    /// <summary>
    /// Requests one execution of this connector may make; <see langword="null"/> (the default) takes the host's
    /// <see cref="TwisterOptions.RequestBudget"/>.
    /// </summary>
    public int? RequestBudget { get; set; }
}
