namespace Twister.Hosting.Storage.Rows;

/// <summary>A row of the <c>connectors</c> table as providers select it.</summary>
internal sealed class ConnectorColumns
{
    public const string Select = "SELECT name AS Name, manifest_hash AS ManifestHash, options AS Options, installed_at AS InstalledAt FROM connectors";

    public string Name { get; set; } = "";
    public string ManifestHash { get; set; } = "";
    public string? Options { get; set; }
    public long InstalledAt { get; set; }

    public ConnectorRecord ToRecord() => new(Name, ManifestHash, Options, StoredTimes.FromUnixMs(InstalledAt));
}
