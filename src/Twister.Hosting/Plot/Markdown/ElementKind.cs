namespace Twister.Hosting.Plot.Markdown;

/// <summary>How the converter treats an HTML element (see <see cref="HtmlElements.Classify(Dom.HtmlElementNode)"/>).</summary>
internal enum ElementKind
{
    /// <summary>Contributes its children inline (span, font, u, sub, unknown elements).</summary>
    Inline,
    /// <summary>Not shown: scripts, styles, metadata, hidden elements, tracking pixels.</summary>
    Skipped,
    /// <summary><c>br</c>: a line break.</summary>
    LineBreak,
    /// <summary>A block without vertical margins (div, section, td of a layout table): its content starts and ends a line.</summary>
    Container,
    /// <summary><c>p</c>: a block with margins, separated by a blank line.</summary>
    Paragraph,
    /// <summary><c>h1</c>..<c>h6</c>.</summary>
    Heading,
    /// <summary><c>ul</c>, <c>ol</c>, <c>menu</c>.</summary>
    List,
    /// <summary><c>blockquote</c>.</summary>
    Quote,
    /// <summary><c>pre</c> and its legacy variants.</summary>
    Preformatted,
    /// <summary><c>hr</c>.</summary>
    Rule,
    /// <summary><c>table</c> (a data table becomes a GFM table, a layout table a container).</summary>
    Table,
    /// <summary><c>img</c>.</summary>
    Image,
    /// <summary><c>code</c>, <c>kbd</c>, <c>samp</c>, <c>tt</c> outside <c>pre</c>.</summary>
    Code,
    /// <summary><c>input type=checkbox</c>: a task marker.</summary>
    Checkbox,
    /// <summary>Embedded media with a source (iframe, video, audio, embed): a link to it.</summary>
    Media,
}
