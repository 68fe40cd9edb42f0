namespace Twister.Hosting.Storage;

/// <summary>An installed connector.</summary>
/// <param name="Name">Its name.</param>
/// <param name="ManifestHash">The hash of the manifest it was installed or last upgraded with.</param>
/// <param name="OptionsJson">Its option values as a JSON object, if any were set.</param>
/// <param name="InstalledAt">When it was installed.</param>
public sealed record ConnectorRecord(string Name, string ManifestHash, string? OptionsJson, DateTimeOffset InstalledAt);
