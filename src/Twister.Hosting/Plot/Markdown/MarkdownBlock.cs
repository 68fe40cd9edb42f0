namespace Twister.Hosting.Plot.Markdown;

/// <summary>A finished block of markdown: its lines, without surrounding blank lines.</summary>
/// <param name="Kind">What the block is (decides the separation from the block before it).</param>
/// <param name="Lines">The block's lines.</param>
internal sealed record MarkdownBlock(BlockKind Kind, IReadOnlyList<string> Lines)
{
    /// <summary>
    /// Blocks one after another with a blank line between them; in a list item a nested list follows
    /// its text directly, so the list stays tight, when markdown lets that list interrupt a paragraph.
    /// </summary>
    public static List<string> Join(IEnumerable<MarkdownBlock> blocks, bool inListItem)
    {
        var lines = new List<string>();
        MarkdownBlock? previous = null;
        foreach (var block in blocks)
        {
            if (block.Lines.Count == 0) continue;
            var tight = inListItem && previous?.Kind is BlockKind.Text or BlockKind.List && block.Kind == BlockKind.List && CanInterruptParagraph(block.Lines[0]);
            if (previous is not null && !tight) lines.Add("");
            lines.AddRange(block.Lines);
            previous = block;
        }
        return lines;
    }

    /// <summary>A list can follow a paragraph line directly only if its first item has content, and an ordered one starts at 1.</summary>
    private static bool CanInterruptParagraph(string firstLine)
        => (firstLine.StartsWith("- ", StringComparison.Ordinal) || firstLine.StartsWith("1. ", StringComparison.Ordinal))
            && firstLine.TrimEnd().Length > firstLine.IndexOf(' ') + 1;

    /// <summary>
    /// Lines nested in a container: <paramref name="first"/> before the first line (a list marker),
    /// <paramref name="rest"/> before the others (its indentation, or the quote marker); an empty line
    /// gets the prefix without trailing spaces.
    /// </summary>
    public static List<string> Prefix(IReadOnlyList<string> lines, string first, string rest)
    {
        var prefixed = new List<string>(lines.Count);
        for (var i = 0; i < lines.Count; i++)
        {
            var prefix = i == 0 ? first : rest;
            prefixed.Add(lines[i].Length == 0 ? prefix.TrimEnd() : prefix + lines[i]);
        }
        return prefixed;
    }
}

/// <summary>The kinds of <see cref="MarkdownBlock"/>.</summary>
internal enum BlockKind
{
    Text,
    Heading,
    List,
    Quote,
    Code,
    Rule,
    Table,
}
