namespace Twister.Hosting.Connectors;

/// <summary>A channel returned by install, and whether it is enabled.</summary>
/// <param name="Id">The channel id.</param>
/// <param name="Title">The channel's name.</param>
/// <param name="Enabled">Whether syncing is on.</param>
public sealed record InstalledChannel(string Id, string Title, bool Enabled);
