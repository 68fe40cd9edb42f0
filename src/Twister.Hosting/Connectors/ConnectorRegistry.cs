namespace Twister.Hosting.Connectors;

/// <summary>The connectors added to the host, by name.</summary>
internal sealed class ConnectorRegistry
{
    private readonly Dictionary<string, ConnectorRegistration> _byName = new(StringComparer.Ordinal);

    public ConnectorRegistry(IEnumerable<ConnectorRegistration> registrations)
    {
        foreach (var registration in registrations)
        {
            if (!_byName.TryAdd(registration.Name, registration))
                throw new InvalidOperationException($"Two connectors are named '{registration.Name}'.");
        }
    }

    public IEnumerable<ConnectorRegistration> All => _byName.Values;

    public ConnectorRegistration? Find(string name) => _byName.GetValueOrDefault(name);

    public ConnectorRegistration Get(string name)
        => Find(name) ?? throw new InvalidOperationException($"No connector named '{name}' was added to the host (services.AddTwister().AddConnector<T>()).");
}
