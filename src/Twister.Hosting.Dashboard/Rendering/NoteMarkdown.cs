using Markdig;
using Markdig.Renderers;

namespace Twister.Hosting.Dashboard.Rendering;

/// <summary>
/// Renders a note's markdown to HTML with Markdig. Raw HTML in the markdown is written as text
/// (<c>DisableHtml</c>), link and image URLs keep only safe schemes (<see cref="SafeUrl"/>), and only extensions that
/// add no attributes are on (no generic attributes): what a connector synced cannot run script in the page.
/// </summary>
internal static class NoteMarkdown
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .UsePipeTables()
        .UseEmphasisExtras()
        .UseTaskLists()
        .UseAutoLinks()
        .DisableHtml()
        .Build();

    /// <summary>The HTML of <paramref name="markdown"/>.</summary>
    public static TrustedHtml ToHtml(string? markdown)
    {
        if (string.IsNullOrEmpty(markdown)) return new TrustedHtml("");
        using var writer = new StringWriter();
        var renderer = new HtmlRenderer(writer) { LinkRewriter = SafeUrl.Of };
        Pipeline.Setup(renderer);
        renderer.Render(Markdown.Parse(markdown, Pipeline));
        writer.Flush();
        return new TrustedHtml(writer.ToString());
    }
}
