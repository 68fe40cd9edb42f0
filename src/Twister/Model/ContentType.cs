namespace Twister;

/// <summary>
/// The format of a note's content. Pass HTML as <see cref="Html"/>: the platform converts it to
/// markdown; never strip tags in the connector.
/// </summary>
public enum ContentType
{
    /// <summary>Plain text.</summary>
    Text = 0,
    /// <summary>HTML, converted to markdown by the platform.</summary>
    Html,
    /// <summary>Markdown, stored as is.</summary>
    Markdown,
}
