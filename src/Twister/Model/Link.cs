namespace Twister;

/// <summary>The kind of a link attached to a note.</summary>
public enum LinkKind
{
    /// <summary>A link that opens the item in the external service.</summary>
    External = 0,
    /// <summary>A link to join a meeting or a call.</summary>
    Conferencing,
    /// <summary>A link to a file or an attachment.</summary>
    File,
}

/// <summary>A link shown on a note.</summary>
/// <param name="Kind">What the link is for.</param>
/// <param name="Title">The text shown.</param>
/// <param name="Url">The target.</param>
public sealed record Link(LinkKind Kind, string Title, string Url);
