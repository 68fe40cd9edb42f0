using System.ComponentModel;
namespace Twister.Hosting.Storage.Rows;

#pragma warning disable CS1591 // one property per selected column, named as the column alias
/// <summary>A row of the <c>connectors</c> table as providers select it.
/// Public only for storage providers in other assemblies (Dapper.AOT writes row readers for accessible types only); not for application code.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed class ConnectorColumns
{
    internal const string Select = "SELECT name AS Name, manifest_hash AS ManifestHash, options AS Options, installed_at AS InstalledAt FROM connectors";

    public string Name { get; set; } = "";
    public string ManifestHash { get; set; } = "";
    public string? Options { get; set; }
    public long InstalledAt { get; set; }

    internal ConnectorRecord ToRecord() => new(Name, ManifestHash, Options, StoredTimes.FromUnixMs(InstalledAt));
}
