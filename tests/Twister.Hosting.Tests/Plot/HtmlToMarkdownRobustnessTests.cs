using Twister.Hosting.Plot;

namespace Twister.Hosting.Tests.Plot;

/// <summary>
/// Hostile or broken HTML: no exception, and every character a browser would show is still in the
/// markdown (checked by rendering it back with <see cref="MarkdownOracle"/>).
/// </summary>
public sealed class HtmlToMarkdownRobustnessTests
{
    [Theory]
    [InlineData("div", 2_000)]
    [InlineData("blockquote", 2_000)]
    [InlineData("span", 2_000)]
    [InlineData("b", 2_000)]
    [InlineData("table><tr><td", 500)]
    public void Deep_nesting_keeps_the_innermost_text(string element, int depth)
    {
        var closing = string.Join("", element.Split("><").Reverse().Select(e => "</" + e.Split(' ')[0] + ">"));
        var html = string.Concat(Enumerable.Repeat($"<{element}>", depth)) + "deep text" + string.Concat(Enumerable.Repeat(closing, depth));

        var markdown = HtmlToMarkdown.Convert(html);

        Assert.Contains("deep text", markdown);
        Assert.Equal(MarkdownOracle.VisibleText(html), MarkdownOracle.RenderedText(markdown));
    }

    [Fact]
    public void Deeply_nested_lists_keep_every_item()
    {
        var html = string.Concat(Enumerable.Range(0, 300).Select(i => $"<ul><li>item {i}")) + string.Concat(Enumerable.Repeat("</li></ul>", 300));

        var markdown = HtmlToMarkdown.Convert(html);

        Assert.Contains("- item 0\n  - item 1\n    - item 2", markdown);
        Assert.Equal(MarkdownOracle.VisibleText(html), MarkdownOracle.RenderedText(markdown));
    }

    [Theory]
    [InlineData("<p>unclosed <b>bold <i>and italic", "unclosed **bold *and italic***")]
    [InlineData("<ul><li>one<li>two<li>three", "- one\n- two\n- three")]
    [InlineData("<table><tr><td>a<td>b<tr><td>c<td>d", "|  |  |\n| --- | --- |\n| a | b |\n| c | d |")]
    [InlineData("<pre><code>never closed\n  indented", "```\nnever closed\n  indented\n```")]
    [InlineData("<a href=\"https://x.test\">open link <p>para", "[open link](https://x.test)\n\n[para](https://x.test)")]
    [InlineData("</p></div></b>stray closers", "stray closers")]
    [InlineData("<p>a</b>b</i>c</p>", "abc")]
    [InlineData("<b><p>misnested</b> end</p>", "**misnested** end")]
    [InlineData("text <!-- unterminated comment", "text")]
    [InlineData("<blockquote><blockquote>two levels, never closed", "> > two levels, never closed")]
    public void Unclosed_and_misnested_tags_keep_their_content(string html, string markdown) => HtmlToMarkdownTests.AssertConverts(html, markdown);

    [Theory]
    [InlineData("")]
    [InlineData("   \n\t  ")]
    [InlineData("<p></p><div></div><span></span><b></b><ul></ul><ol><li></li></ol>")]
    [InlineData("<table></table><table><tr></tr></table><blockquote></blockquote><pre></pre><h1></h1>")]
    [InlineData("<img><a></a><code></code><br><kbd> </kbd>")]
    [InlineData("<html><head></head><body></body></html>")]
    [InlineData("<!DOCTYPE html>")]
    [InlineData("<frameset><frame src=\"a.html\"></frameset>")]
    public void Empty_elements_give_no_exception_and_no_stray_syntax(string html)
    {
        var markdown = HtmlToMarkdown.Convert(html);

        Assert.DoesNotContain("**", markdown);
        Assert.DoesNotContain("[]", markdown);
        Assert.DoesNotContain("``", markdown);
        Assert.Equal("", MarkdownOracle.RenderedText(markdown));
    }

    [Fact]
    public void Huge_whitespace_runs_collapse_to_one_space()
    {
        var gap = string.Concat(Enumerable.Repeat(" \t\n\r\f", 200_000));
        var html = $"<p>{gap}first{gap}second{gap}</p>{gap}<div>{gap}third{gap}</div>{gap}";

        Assert.Equal("first second\n\nthird", HtmlToMarkdown.Convert(html));
    }

    [Fact]
    public void Huge_runs_of_line_breaks_and_no_break_spaces_collapse_to_one_blank_line()
    {
        var html = "a" + string.Concat(Enumerable.Repeat("<br>", 50_000)) + "b" + string.Concat(Enumerable.Repeat("<p>&nbsp;</p>", 10_000)) + "<p>c</p>";

        Assert.Equal("a\n\nb\n\nc", HtmlToMarkdown.Convert(html));
    }

    [Fact]
    public void Long_documents_keep_every_paragraph()
    {
        var html = string.Concat(Enumerable.Range(0, 5_000).Select(i => $"<p>paragraph {i} with <b>bold</b> and <a href=\"https://x.test/{i}\">a link</a></p>"));

        var markdown = HtmlToMarkdown.Convert(html);

        Assert.Equal(5_000, markdown.Split("\n\n").Length);
        Assert.EndsWith("paragraph 4999 with **bold** and [a link](https://x.test/4999)", markdown);
    }

    [Theory]
    [InlineData("<p>a\u0000b\u0001c</p>")]
    [InlineData("<p>&#0; &#xD800; &#x110000; &bogus; &amp</p>")]
    [InlineData("<p>emoji 👩‍💻 and RTL עברית and combining e\u0301</p>")]
    [InlineData("<<>><p<>a</p>><//>")]
    [InlineData("<table><tr><td colspan=\"99999\" rowspan=\"-3\">x</td><td colspan=\"abc\">y</td></tr><tr><td>z</td></tr></table>")]
    [InlineData("<ol start=\"-5\"><li>a</li></ol><ol start=\"99999999999\"><li>b</li></ol><ol start=\"2147483647\"><li>c</li><li>d</li></ol>")]
    [InlineData("<a href=\"  java\tscript:alert(1)\">x</a><a href=\"\">y</a><img src=\"\" alt=\"\">")]
    [InlineData("<svg><foreignObject><p>inside svg</p></foreignObject></svg><math><mi>x</mi></math>")]
    public void Odd_input_gives_no_exception_and_keeps_its_text(string html)
    {
        var markdown = HtmlToMarkdown.Convert(html);

        Assert.Equal(MarkdownOracle.VisibleText(html), MarkdownOracle.RenderedText(markdown));
    }
}
