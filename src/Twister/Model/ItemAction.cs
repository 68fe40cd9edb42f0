namespace Twister;

/// <summary>What an <see cref="ItemAction"/> does when a Plot user clicks it.</summary>
public enum ItemActionKind
{
    /// <summary>Opens a URL in the external service.</summary>
    External = 0,
    /// <summary>Joins a meeting or a call.</summary>
    Conferencing,
    /// <summary>Opens a file or an attachment.</summary>
    File,
    /// <summary>Runs a callback of the connector (a token from <c>Tools.Callbacks.CreateAsync</c>).</summary>
    Callback,
}

/// <summary>A button on a synced item. Build one with <see cref="External"/>, <see cref="Conferencing"/>, <see cref="File"/> or <see cref="Callback"/>.</summary>
/// <param name="Kind">What it does.</param>
/// <param name="Title">The text shown.</param>
/// <param name="Url">The URL it opens (external, conferencing and file actions).</param>
/// <param name="CallbackToken">The callback token it runs (callback actions).</param>
public sealed record ItemAction(ItemActionKind Kind, string Title, string? Url = null, string? CallbackToken = null)
{
    /// <summary>Opens <paramref name="url"/> in the external service.</summary>
    /// <param name="title">The text shown.</param>
    /// <param name="url">The URL.</param>
    public static ItemAction External(string title, string url) => new(ItemActionKind.External, title, Url: url);

    /// <summary>Joins a meeting at <paramref name="url"/>.</summary>
    /// <param name="url">The meeting URL.</param>
    /// <param name="title">The text shown.</param>
    public static ItemAction Conferencing(string url, string title = "Join") => new(ItemActionKind.Conferencing, title, Url: url);

    /// <summary>Opens the file at <paramref name="url"/>.</summary>
    /// <param name="fileName">The file's name, shown.</param>
    /// <param name="url">Where the file is.</param>
    public static ItemAction File(string fileName, string url) => new(ItemActionKind.File, fileName, Url: url);

    /// <summary>Runs the connector's callback behind <paramref name="token"/> when clicked.</summary>
    /// <param name="title">The text shown.</param>
    /// <param name="token">A token from <c>Tools.Callbacks.CreateAsync</c>.</param>
    public static ItemAction Callback(string title, string token) => new(ItemActionKind.Callback, title, CallbackToken: token);
}
