using Twister.Hosting.Plot;

namespace Twister.Hosting.Tests.Plot;

public sealed class HtmlToMarkdownTests
{
    [Theory]
    [InlineData("<p>Hello <strong>bold</strong> and <em>soft</em></p>", "Hello **bold** and _soft_")]
    [InlineData("<p>One</p><p>Two</p>", "One\n\nTwo")]
    [InlineData("<h2>Title</h2><p>Body</p>", "## Title\n\nBody")]
    [InlineData("<ul><li>a</li><li>b</li></ul>", "- a\n- b")]
    [InlineData("<ol><li>a</li><li>b</li></ol>", "1. a\n2. b")]
    [InlineData("<p>See <a href=\"https://x.test/\">docs</a></p>", "See [docs](https://x.test/)")]
    [InlineData("<p>Run <code>dotnet test</code></p>", "Run `dotnet test`")]
    [InlineData("<pre><code>line 1\nline 2</code></pre>", "```\nline 1\nline 2\n```")]
    [InlineData("<blockquote><p>quoted</p></blockquote>", "> quoted")]
    [InlineData("a<br>b", "a\nb")]
    [InlineData("<p>x &amp; y</p><script>alert(1)</script>", "x & y")]
    public void Converts_common_issue_tracker_html(string html, string markdown)
        => Assert.Equal(markdown, HtmlToMarkdown.Convert(html));
}
