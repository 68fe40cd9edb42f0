namespace Twister.Hosting.Plot.Markdown;

/// <summary>What nested content inherits while it is rendered.</summary>
/// <param name="Spans">The inline formatting open around it, outermost first (shared, pushed and popped as elements open and close).</param>
/// <param name="InTableCell">Inside a GFM table cell: everything must fit on one line.</param>
internal sealed record RenderContext(List<InlineSpan> Spans, bool InTableCell)
{
    /// <summary>Elements nested deeper than this are kept as plain text (no recursion without end on hostile input).</summary>
    public const int MaxDepth = 100;
}
