namespace Twister.Hosting.Configuration;

/// <summary>Settings of one connector in the local host.</summary>
public sealed class ConnectorOptions
{
    /// <summary>
    /// The development auth token used by <see cref="Connectors.ConnectorLifecycle.InstallAsync"/> when none is
    /// passed. When unset, the configuration key <c>Twister:Connectors:{name}:DevelopmentToken</c> is read.
    /// </summary>
    public string? DevelopmentToken { get; set; }
}
