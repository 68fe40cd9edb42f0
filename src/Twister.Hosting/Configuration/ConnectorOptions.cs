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
    /// Requests one execution of this connector may make; <see langword="null"/> (the default) takes the host's
    /// <see cref="TwisterOptions.RequestBudget"/>.
    /// </summary>
    public int? RequestBudget { get; set; }
}
