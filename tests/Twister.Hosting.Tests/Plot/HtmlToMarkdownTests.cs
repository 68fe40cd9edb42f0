using Twister.Hosting.Plot;

namespace Twister.Hosting.Tests.Plot;

/// <summary>
/// One construct at a time: the markdown each HTML construct becomes. Real documents mixing them are
/// in <see cref="HtmlCorpusTests"/>, hostile input in <see cref="HtmlToMarkdownRobustnessTests"/>.
/// </summary>
public sealed class HtmlToMarkdownTests
{
    [Theory]
    [InlineData("<p>One</p><p>Two</p>", "One\n\nTwo")]
    [InlineData("a<br>b", "a\nb")]
    [InlineData("a<br><br><br><br>b", "a\n\nb")]
    [InlineData("<div>line 1</div><div>line 2</div><div><br></div><div>new paragraph</div>", "line 1\nline 2\n\nnew paragraph")]
    [InlineData("<div>trailing break<br></div><div>next</div>", "trailing break\nnext")]
    [InlineData("<p>  lots \n\t of   <b> space </b> here  </p>", "lots of **space** here")]
    [InlineData("<p>keep&nbsp;&nbsp;two</p><p>&nbsp;</p><p>after</p>", "keep  two\n\nafter")]
    [InlineData("<p class=MsoNormal>Hi,<o:p></o:p></p><p class=MsoNormal><o:p>&nbsp;</o:p></p><p class=MsoNormal>Body</p><p class=MsoNormal>more</p>", "Hi,\n\nBody\nmore")]
    [InlineData("text <div>block</div> tail", "text\nblock\ntail")]
    [InlineData("zero\u200Bwidth soft\u00ADhyphen", "zerowidth softhyphen")]
    public void Paragraphs_and_line_breaks_follow_what_a_browser_shows(string html, string markdown) => AssertConverts(html, markdown);

    [Theory]
    [InlineData("<h1>Title</h1><p>Body</p>", "# Title\n\nBody")]
    [InlineData("<h6>Small</h6>", "###### Small")]
    [InlineData("<h2>Two<br>lines <em>here</em></h2>", "## Two lines *here*")]
    [InlineData("<h2><a name=\"anchor\"></a>Anchored</h2>", "## Anchored")]
    [InlineData("<h3>Ends with hashes ##</h3>", "### Ends with hashes \\##")]
    [InlineData("<h2> </h2><p>only this</p>", "only this")]
    public void Headings_are_atx_headings_on_one_line(string html, string markdown) => AssertConverts(html, markdown);

    [Theory]
    [InlineData("<p>Hello <strong>bold</strong> and <em>soft</em></p>", "Hello **bold** and *soft*")]
    [InlineData("<b>bold</b> <i>it</i> <del>gone</del> <s>old</s> <strike>older</strike>", "**bold** *it* ~~gone~~ ~~old~~ ~~older~~")]
    [InlineData("a<b> spaced </b>b", "a **spaced** b")]
    [InlineData("<b></b><i> </i>nothing", "nothing")]
    [InlineData("<b>outer <b>inner</b> outer</b>", "**outer inner outer**")]
    [InlineData("<i>a</i><i>b</i>", "*ab*")]
    [InlineData("<b><i>both</i></b>", "***both***")]
    [InlineData("word<b>inside</b>word", "word**inside**word")]
    [InlineData("<b>one<br>two</b>", "**one**\n**two**")]
    [InlineData("<span style=\"font-weight:700\">heavy</span> <span style=\"font-style: italic\">slanted</span> <span style=\"text-decoration:line-through\">struck</span>", "**heavy** *slanted* ~~struck~~")]
    [InlineData("<b style=\"font-weight:normal\">not bold</b> <span style=\"FONT-WEIGHT: Bold !important\">bold</span>", "not bold **bold**")]
    [InlineData("<b><p>x</p><p>y</p></b>", "**x**\n\n**y**")]
    [InlineData("<q>quoted</q>", "\"quoted\"")]
    [InlineData("<u>under</u> <ins>ins</ins> H<sub>2</sub>O", "under ins H2O")]
    public void Emphasis_wraps_content_tightly(string html, string markdown) => AssertConverts(html, markdown);

    [Theory]
    [InlineData("<a href=\"https://x.test/\">docs</a>", "[docs](https://x.test/)")]
    [InlineData("<a href=\"https://x.test/\" title=\"The &quot;docs&quot;\">docs</a>", "[docs](https://x.test/ \"The \\\"docs\\\"\")")]
    [InlineData("<a href=\"https://x.test/a b(c)\">spaces</a>", "[spaces](https://x.test/a%20b%28c%29)")]
    [InlineData("<a href=\"https://x.test/\">https://x.test/</a>", "<https://x.test/>")]
    [InlineData("<a href=\"mailto:ana@example.com\">ana@example.com</a>", "<ana@example.com>")]
    [InlineData("<a href=\"https://x.test/\"> padded </a>!", "[padded](https://x.test/) !")]
    [InlineData("<a href=\"https://x.test/\"></a>empty", "empty")]
    [InlineData("<a href=\"javascript:alert(1)\">click</a>", "click")]
    [InlineData("<a href=\"#\">top</a> <a name=\"x\">anchor</a>", "top anchor")]
    [InlineData("<a href=\"https://x.test/\"><code>Run()</code></a>", "[`Run()`](https://x.test/)")]
    [InlineData("<a href=\"https://x.test/\"><div>Banner</div><div>Two</div></a>", "[Banner](https://x.test/)\n[Two](https://x.test/)")]
    public void Links_keep_their_destination_and_text(string html, string markdown) => AssertConverts(html, markdown);

    [Theory]
    [InlineData("<img src=\"https://i.test/p.png\" alt=\"A chart\">", "![A chart](https://i.test/p.png)")]
    [InlineData("<img src=\"https://i.test/p.png\" alt=\"a [b]\" title=\"T\">", "![a \\[b\\]](https://i.test/p.png \"T\")")]
    [InlineData("<img src=\"https://i.test/my pic.png\">", "![](https://i.test/my%20pic.png)")]
    [InlineData("<a href=\"https://x.test/\"><img src=\"https://i.test/p.png\" alt=\"logo\"></a>", "[![logo](https://i.test/p.png)](https://x.test/)")]
    [InlineData("<img alt=\"no source\">", "no source")]
    [InlineData("<p>seen<img src=\"https://t.test/o.gif\" width=\"1\" height=\"1\"></p>", "seen")]
    [InlineData("<img class=\"emoji\" alt=\":tada:\" src=\"https://i.test/tada.png\"> done", ":tada: done")]
    public void Images_keep_source_alt_and_title(string html, string markdown) => AssertConverts(html, markdown);

    [Theory]
    [InlineData("<p>Run <code>dotnet test</code></p>", "Run `dotnet test`")]
    [InlineData("<code>a`b</code>", "``a`b``")]
    [InlineData("<code>`tick`</code>", "`` `tick` ``")]
    [InlineData("<code>``double``</code>", "` ``double`` `")]
    [InlineData("<code>a``b`c</code>", "```a``b`c```")]
    [InlineData("<code> spaced \n code </code>!", "`spaced code` !")]
    [InlineData("<code>List&lt;int&gt; *x*</code>", "`List<int> *x*`")]
    [InlineData("<kbd>Ctrl</kbd>+<kbd>C</kbd> <tt>tt</tt> <samp>out</samp>", "`Ctrl`+`C` `tt` `out`")]
    [InlineData("<span style=\"font-family: 'Courier New', monospace\">mono</span>", "`mono`")]
    public void Inline_code_gets_a_fence_its_content_cannot_close(string html, string markdown) => AssertConverts(html, markdown);

    [Theory]
    [InlineData("<pre><code>line 1\nline 2</code></pre>", "```\nline 1\nline 2\n```")]
    [InlineData("<pre><code class=\"language-cs\">var x = 1;</code></pre>", "```cs\nvar x = 1;\n```")]
    [InlineData("<pre class=\"lang-python\">x = 1</pre>", "```python\nx = 1\n```")]
    [InlineData("<pre lang=\"rust\"><code>fn main() {}</code></pre>", "```rust\nfn main() {}\n```")]
    [InlineData("<div class=\"code panel\"><div class=\"codeContent panelContent\"><pre class=\"code-java\">class A {}</pre></div></div>", "```java\nclass A {}\n```")]
    [InlineData("<pre class=\"syntaxhighlighter-pre\" data-syntaxhighlighter-params=\"brush: sql; gutter: false\">SELECT 1;</pre>", "```sql\nSELECT 1;\n```")]
    [InlineData("<div class=\"highlight highlight-source-go\"><pre><span class=\"pl-k\">package</span> main</pre></div>", "```go\npackage main\n```")]
    [InlineData("<pre><code class=\"language-none\">plain</code></pre>", "```\nplain\n```")]
    [InlineData("<pre>a<br>b<br><br>d</pre>", "```\na\nb\n\nd\n```")]
    [InlineData("<pre>has ``` inside</pre>", "````\nhas ``` inside\n````")]
    [InlineData("<pre>   </pre><p>after</p>", "after")]
    [InlineData("<pre><code>&lt;T&gt; &amp; *stars* _under_ [x] # h</code></pre>", "```\n<T> & *stars* _under_ [x] # h\n```")]
    public void Code_blocks_are_fenced_with_their_language(string html, string markdown) => AssertConverts(html, markdown);

    [Fact]
    public void Code_blocks_keep_indentation_tabs_and_blank_lines_exactly()
    {
        const string code = "if (x)\n{\n\tTab();\n    Four();\n\n\n        Eight();   \n}";
        AssertConverts($"<pre><code>{code}\n</code></pre>", $"```\n{code}\n```");
        AssertConverts($"<ul><li>step<pre>{code}</pre></li></ul>", "- step\n\n  ```\n" + string.Join("\n", code.Split('\n').Select(l => l.Length == 0 ? "" : "  " + l)) + "\n  ```");
    }

    [Theory]
    [InlineData("<ul><li>a</li><li>b</li></ul>", "- a\n- b")]
    [InlineData("<ol><li>a</li><li>b</li></ol>", "1. a\n2. b")]
    [InlineData("<ol start=\"7\"><li>seven</li><li>eight</li></ol>", "7. seven\n8. eight")]
    [InlineData("<ol reversed><li>three</li><li>two</li><li>one</li></ol>", "3. three\n2. two\n1. one")]
    [InlineData("<ol><li>one</li><li value=\"5\">five</li><li>six</li></ol>", "1. one\n5. five\n6. six")]
    [InlineData("<ul><li>a<ol><li>x</li><li>y</li></ol></li><li>b</li></ul>", "- a\n  1. x\n  2. y\n- b")]
    [InlineData("<ol><li>a<ul><li>x<ol start=\"9\"><li>nine</li><li>ten</li></ol></li></ul></li></ol>", "1. a\n   - x\n\n     9. nine\n     10. ten")]
    [InlineData("<ul><li>a<ol><li>one</li></ol><ul><li></li></ul></li></ul>", "- a\n  1. one\n\n  -")]
    [InlineData("<ol start=\"9\"><li>nine<ul><li>n</li></ul></li><li>ten<ul><li>t</li></ul></li></ol>", "9. nine\n   - n\n10. ten\n    - t")]
    [InlineData("<ul><li><p>one</p><p>two</p></li><li>three</li></ul>", "- one\n\n  two\n- three")]
    [InlineData("<ul><li>a</li><ul><li>stray nested</li></ul><li>b</li></ul>", "- a\n  - stray nested\n- b")]
    [InlineData("<ul><li></li><li>b</li></ul>", "-\n- b")]
    [InlineData("<ul><li>a<blockquote>q</blockquote></li></ul>", "- a\n\n  > q")]
    [InlineData("<p>Intro:</p><ul><li>a</li></ul><p>After</p>", "Intro:\n\n- a\n\nAfter")]
    public void Lists_nest_with_the_indentation_of_their_markers(string html, string markdown) => AssertConverts(html, markdown);

    [Theory]
    [InlineData("<ul><li><input type=\"checkbox\" checked disabled> done</li><li><input type=\"checkbox\" disabled> todo</li></ul>", "- [x] done\n- [ ] todo")]
    [InlineData("<ul><li><label><input type=\"checkbox\" checked></label><div><p>in a block</p></div></li></ul>", "- [x] in a block")]
    [InlineData("<ul class=\"inline-task-list\"><li class=\"checked\">done</li><li>open</li></ul>", "- [x] done\n- [ ] open")]
    public void Task_lists_keep_their_checkboxes(string html, string markdown) => AssertConverts(html, markdown);

    [Theory]
    [InlineData("<blockquote><p>quoted</p></blockquote>", "> quoted")]
    [InlineData("<blockquote><p>one</p><p>two</p></blockquote>", "> one\n>\n> two")]
    [InlineData("<blockquote>outer<blockquote>inner</blockquote>back</blockquote>", "> outer\n>\n> > inner\n>\n> back")]
    [InlineData("<blockquote><ul><li>a<ul><li>b</li></ul></li></ul><pre>code</pre></blockquote>", "> - a\n>   - b\n>\n> ```\n> code\n> ```")]
    [InlineData("<blockquote><h2>Title</h2>text</blockquote>", "> ## Title\n>\n> text")]
    [InlineData("<blockquote> </blockquote><p>only</p>", "only")]
    public void Blockquotes_nest_and_hold_blocks(string html, string markdown) => AssertConverts(html, markdown);

    [Theory]
    [InlineData("<p>above</p><hr><p>below</p>", "above\n\n***\n\nbelow")]
    [InlineData("<ul><li><hr>x</li></ul>", "- ***\n\n  x")]
    public void Horizontal_rules_are_thematic_breaks(string html, string markdown) => AssertConverts(html, markdown);

    [Theory]
    [InlineData("<table><thead><tr><th>A</th><th>B</th></tr></thead><tbody><tr><td>1</td><td>2</td></tr></tbody></table>", "| A | B |\n| --- | --- |\n| 1 | 2 |")]
    [InlineData("<table><tr><th align=\"left\">L</th><th style=\"text-align: center\">C</th><th align=\"right\">R</th></tr><tr><td>1</td><td>2</td><td>3</td></tr></table>", "| L | C | R |\n| :--- | :---: | ---: |\n| 1 | 2 | 3 |")]
    [InlineData("<table><tr><td>no</td><td>header</td></tr><tr><td>a</td><td>b</td></tr></table>", "|  |  |\n| --- | --- |\n| no | header |\n| a | b |")]
    [InlineData("<table><tr><th>Cell</th></tr><tr><td>a | b<br>next line</td></tr></table>", "| Cell |\n| --- |\n| a \\| b<br>next line |")]
    [InlineData("<table><tr><th>Pre</th></tr><tr><td><pre>a\n  b</pre></td></tr></table>", "| Pre |\n| --- |\n| `a`<br>`b` |")]
    [InlineData("<table><tr><th colspan=\"2\">Wide</th><th>C</th></tr><tr><td>1</td><td>2</td><td>3</td></tr></table>", "| Wide |  | C |\n| --- | --- | --- |\n| 1 | 2 | 3 |")]
    [InlineData("<table><tr><th>K</th><th>V</th></tr><tr><td rowspan=\"2\">k</td><td>v1</td></tr><tr><td>v2</td></tr></table>", "| K | V |\n| --- | --- |\n| k | v1 |\n|  | v2 |")]
    [InlineData("<table><tr><th>A</th><th>B</th><th>C</th></tr><tr><td>1</td></tr></table>", "| A | B | C |\n| --- | --- | --- |\n| 1 |  |  |")]
    [InlineData("<table><caption>Totals</caption><tr><th>A</th><th>B</th></tr><tr><td>1</td><td>2</td></tr></table>", "Totals\n\n| A | B |\n| --- | --- |\n| 1 | 2 |")]
    public void Data_tables_become_gfm_tables(string html, string markdown) => AssertConverts(html, markdown);

    [Fact]
    public void Table_cells_hold_blocks_on_one_line_and_escape_pipes_even_in_code()
    {
        // Markers of flattened blocks stay visible as text, and GFM reads \| inside a code span in a
        // table as a pipe (Markdig does not), so these are checked as markdown only.
        Assert.Equal("| Multi |\n| --- |\n| one<br>two<br>- item<br>- more |",
            HtmlToMarkdown.Convert("<table><tr><th>Multi</th></tr><tr><td><p>one</p><p>two</p><ul><li>item</li><li>more</li></ul></td></tr></table>"));
        Assert.Equal("| Code |\n| --- |\n| `x \\|\\| y` |", HtmlToMarkdown.Convert("<table><tr><th>Code</th></tr><tr><td><code>x || y</code></td></tr></table>"));
    }

    [Theory]
    [InlineData("<iframe src=\"https://video.test/embed/1\"></iframe>", "<https://video.test/embed/1>")]
    [InlineData("<video src=\"https://video.test/clip.mp4\" controls></video>", "<https://video.test/clip.mp4>")]
    [InlineData("<iframe></iframe>after", "after")]
    public void Embedded_media_become_a_link_to_their_source(string html, string markdown) => Assert.Equal(markdown, HtmlToMarkdown.Convert(html));

    [Theory]
    [InlineData("<table role=\"presentation\"><tr><td>Hello</td><td>World</td></tr></table>", "Hello\nWorld")]
    [InlineData("<table><tr><td><table><tr><td>inner</td><td>cells</td></tr></table></td></tr></table>", "inner\ncells")]
    [InlineData("<table><tr><td><h2>Col A</h2><p>a</p></td><td><h2>Col B</h2><p>b</p></td></tr></table>", "## Col A\n\na\n\n## Col B\n\nb")]
    [InlineData("<table><tr><td>one row</td><td>two cells</td></tr></table>", "one row\ntwo cells")]
    [InlineData("<table><tr><td>single</td></tr><tr><td>column</td></tr></table>", "single\ncolumn")]
    public void Layout_tables_are_read_as_blocks(string html, string markdown) => AssertConverts(html, markdown);

    [Theory]
    [InlineData("<p>x &amp; y</p><script>alert(1)</script><style>p{}</style>", "x & y")]
    [InlineData("<head><title>T</title><meta charset=utf-8></head><body>body</body>", "body")]
    [InlineData("<div style=\"display:none\">preheader</div><span hidden>h</span><div style=\"mso-hide:all\">m</div>shown", "shown")]
    [InlineData("<noscript>enable js</noscript><template><p>t</p></template><svg><text>s</text></svg>kept", "kept")]
    [InlineData("<p>a<!-- comment -->b</p>", "ab")]
    [InlineData("<input type=\"text\" value=\"v\"><select><option>o</option></select>text", "text")]
    public void What_is_not_shown_is_dropped(string html, string markdown) => AssertConverts(html, markdown);

    [Theory]
    [InlineData("<p>2 * 3 * 4</p>", "2 \\* 3 \\* 4")]
    [InlineData("<p>snake_case_name and _underscored_</p>", "snake_case_name and \\_underscored\\_")]
    [InlineData("<p># not a heading</p>", "\\# not a heading")]
    [InlineData("<p>#hashtag stays</p>", "#hashtag stays")]
    [InlineData("<p>&gt; not a quote</p>", "\\> not a quote")]
    [InlineData("<p>- not a bullet<br>+ nor this<br>* nor this</p>", "\\- not a bullet\n\\+ nor this\n\\* nor this")]
    [InlineData("<p>1. not a list<br>2) nor this</p>", "1\\. not a list\n2\\) nor this")]
    [InlineData("<p>Title<br>===</p><p>---</p>", "Title\n\\===\n\n\\---")]
    [InlineData("<p>[not](a link) ![nor](an image)</p>", "\\[not\\](a link) !\\[nor\\](an image)")]
    [InlineData("<p>`tick` ~tilde~ back\\slash</p>", "\\`tick\\` \\~tilde\\~ back\\\\slash")]
    [InlineData("<p>&lt;div&gt; and 1 &lt; 2</p>", "\\<div> and 1 < 2")]
    [InlineData("<p>&amp;copy; &amp;#169; &amp; AT&amp;T</p>", "\\&copy; \\&#169; & AT&T")]
    [InlineData("<p>a | b</p>", "a | b")]
    public void Markdown_characters_in_text_stay_literal(string html, string markdown) => AssertConverts(html, markdown);

    /// <summary>Asserts the markdown, and that a markdown renderer shows the same characters as the HTML.</summary>
    internal static void AssertConverts(string html, string markdown)
    {
        var actual = HtmlToMarkdown.Convert(html);
        Assert.True(markdown == actual, $"expected (-) and actual (+):\n{TextDiff.Lines(markdown, actual)}");
        Assert.Equal(MarkdownOracle.VisibleText(html), MarkdownOracle.RenderedText(actual));
    }
}
