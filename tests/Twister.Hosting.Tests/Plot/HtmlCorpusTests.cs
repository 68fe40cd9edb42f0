using System.Runtime.CompilerServices;
using Twister.Hosting.Plot;

namespace Twister.Hosting.Tests.Plot;

/// <summary>
/// Real-world shapes of HTML that connectors pass to Plot (Jira, Linear, GitHub, Confluence, Asana,
/// Teams; Gmail, Outlook, Apple Mail and newsletter e-mails; pasted Google Docs) in
/// <c>HtmlCorpus/&lt;name&gt;.html</c>, each with the markdown it must become in <c>&lt;name&gt;.md</c>.
/// Set <c>TWISTER_UPDATE_HTML_CORPUS=1</c> to rewrite the .md files after an intended change, then review the diff.
/// </summary>
public sealed class HtmlCorpusTests
{
    private const string UpdateVariable = "TWISTER_UPDATE_HTML_CORPUS";

    private static readonly string Folder = CorpusFolder();

    public static TheoryData<string> Cases() => new(Directory.GetFiles(Folder, "*.html").Select(Path.GetFileNameWithoutExtension).Order(StringComparer.Ordinal)!);

    [Theory]
    [MemberData(nameof(Cases))]
    public void Converts_to_the_expected_markdown(string name)
    {
        var actual = HtmlToMarkdown.Convert(File.ReadAllText(Path.Combine(Folder, name + ".html"))) + "\n";
        var expectedPath = Path.Combine(Folder, name + ".md");
        if (Environment.GetEnvironmentVariable(UpdateVariable) == "1") File.WriteAllText(expectedPath, actual);
        Assert.True(File.Exists(expectedPath), $"{name}.md is missing: run with {UpdateVariable}=1, review it and commit it.");
        var expected = File.ReadAllText(expectedPath).Replace("\r\n", "\n");
        if (expected != actual)
            Assert.Fail($"{name}.html converts differently from {name}.md (- expected, + actual):\n{TextDiff.Lines(expected, actual)}");
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void A_markdown_renderer_shows_every_character_of_the_html(string name)
    {
        var html = File.ReadAllText(Path.Combine(Folder, name + ".html"));
        Assert.Equal(MarkdownOracle.VisibleText(html), MarkdownOracle.RenderedText(HtmlToMarkdown.Convert(html)));
    }

    [Fact]
    public void Every_expected_markdown_file_has_its_html()
    {
        var orphans = Directory.GetFiles(Folder, "*.md").Where(md => !File.Exists(Path.ChangeExtension(md, ".html"))).Select(Path.GetFileName);
        Assert.Empty(orphans);
        Assert.True(Directory.GetFiles(Folder, "*.html").Length >= 10, "the corpus lost its files");
    }

    private static string CorpusFolder([CallerFilePath] string thisFile = "") => Path.Combine(Path.GetDirectoryName(thisFile)!, "HtmlCorpus");
}
