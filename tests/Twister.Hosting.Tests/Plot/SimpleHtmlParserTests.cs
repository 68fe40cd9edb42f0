using System.Text;
using Twister.Hosting.Plot;
using Twister.Hosting.Plot.Markdown.Dom;

namespace Twister.Hosting.Tests.Plot;

/// <summary>
/// The shortcut parser builds exactly the tree AngleSharp's HTML5 parser builds, or none: checked on fixed
/// cases for each HTML5 rule it must not imitate, and on thousands of generated documents.
/// </summary>
public sealed class SimpleHtmlParserTests
{
    [Theory]
    [InlineData("<p>Reported by <strong>user7</strong> in <em>team 2</em>.</p><ul><li>Step 3: open the page</li><li>Expected: it works</li></ul><p>See <a href=\"https://example.com/docs/7\">the docs</a>.</p>")]
    [InlineData("  \n <p>leading whitespace is dropped</p>\n")]
    [InlineData("plain text &amp; &lt;tags&gt; &quot;quoted&quot; &apos;single&apos; &#65;&#x42; &nbsp;x")]
    [InlineData("Tom & Jerry, a < b, 3<4, a <= b")]
    [InlineData("<P CLASS=\"x\">Upper <B>case</B></P>")]
    [InlineData("<p>unclosed at the end <b>still open")]
    [InlineData("<h2>Title</h2><blockquote><p>quoted</p></blockquote><ol start=\"3\"><li><p>one</p></li><li>two<ul><li>nested</li></ul></li></ol>")]
    [InlineData("<p>a<br>b<br/>c <img src=\"x.png\" alt=\"an image\"> <input type=\"checkbox\" checked> done</p>")]
    [InlineData("<a href=\"u\" title='t' data-x=\"a &amp; b\">link</a><span style=\"font-weight: bold\">styled</span>")]
    [InlineData("<b><div>a block inside inline</div></b>")]
    [InlineData("<ul>\n  <li>one</li>\n  <li>two</li>\n</ul>")]
    [InlineData("<p id=\"a\" id=\"b\">first attribute wins</p>")]
    public void Plain_html_is_parsed_into_the_html5_tree(string html)
    {
        var tree = SimpleHtmlParser.TryParse(html);

        Assert.NotNull(tree);
        Assert.Equal(Describe(HtmlToMarkdown.Parse(html)), Describe(tree));
    }

    [Theory]
    [InlineData("<p>one<p>two")]                              // implied end tag
    [InlineData("<p>text<div>block</div></p>")]               // a block closes the open p
    [InlineData("<p>text<ul><li>x</li></ul></p>")]
    [InlineData("<p>rule<hr></p>")]
    [InlineData("<ul><li>one<li>two</ul>")]                   // li closes li
    [InlineData("<ul><li><span>one<li>two</span></ul>")]
    [InlineData("<h1>one<h2>two</h2></h1>")]                  // a heading closes a heading
    [InlineData("<a href=\"1\">one <a href=\"2\">two</a></a>")] // a nested a runs the adoption agency
    [InlineData("<b>bold <i>both</b> italic</i>")]            // misnested
    [InlineData("</p>")]                                      // a stray end tag
    [InlineData("<br></br>")]
    [InlineData("<span/>text")]                               // "/>" does not close a normal element
    [InlineData("<table><tr><td>cell</td></tr></table>")]     // tables foster-parent text
    [InlineData("<pre>\ncode</pre>")]                         // pre drops a leading newline
    [InlineData("<script>if (a < b) {}</script>")]            // raw text
    [InlineData("a <!-- comment --> b")]
    [InlineData("<!DOCTYPE html><p>x</p>")]
    [InlineData("<html><body>x</body></html>")]
    [InlineData("&copy; and &hellip;")]                       // named references beyond the basic five
    [InlineData("&amp without semicolon")]
    [InlineData("&#128; is remapped")]
    [InlineData("&#0;")]
    [InlineData("line\r\nbreak")]                            // CR is normalized
    [InlineData("<a href=unquoted>x</a>")]
    [InlineData("<a href=\"x\"title=\"y\">x</a>")]
    [InlineData("<my-element>x</my-element>")]
    [InlineData("<svg><circle/></svg>")]
    [InlineData("<p>unterminated <b")]
    public void Html_that_html5_recovers_from_is_left_to_the_full_parser(string html)
    {
        Assert.Null(SimpleHtmlParser.TryParse(html));
        Assert.NotNull(HtmlToMarkdown.Parse(html));
    }

    [Fact]
    public void Generated_documents_get_the_html5_tree_or_none()
    {
        var random = new Random(20261202);
        var accepted = 0;
        const int Documents = 20_000;
        for (var n = 0; n < Documents; n++)
        {
            var html = Generate(random, depth: 0);
            if (SimpleHtmlParser.TryParse(html) is not { } tree) continue;
            accepted++;
            var expected = Describe(HtmlToMarkdown.Parse(html));
            Assert.True(expected == Describe(tree), $"Different trees for: {html}\nHTML5: {expected}\nshortcut: {Describe(tree)}");
        }
        // Both ways are exercised: the shortcut takes a good share, and refuses a good share.
        Assert.InRange(accepted, Documents / 10, Documents * 9 / 10);
    }

    private static readonly string[] Elements =
        ["p", "div", "ul", "ol", "li", "h1", "h3", "blockquote", "b", "strong", "i", "em", "a", "span", "code", "del", "q", "sub", "table", "pre", "font", "section"];

    private static readonly string[] Texts =
        ["text", " ", "\n", "  spaced  ", "a &amp; b", "&lt;x&gt;", "&#65;", "&#x1F600;", "&nbsp;", "Tom & Jerry", "1 < 2", "&copy;", "*stars*", "R&D;", "&#9;", "<3"];

    private static readonly string[] Attributes =
        ["", " class=\"x y\"", " href=\"https://e.com/?a=1&amp;b=2\"", " title='t'", " checked", " style=\"font-style: italic\"", " data-x = \"v\"", " ID=\"Up\""];

    /// <summary>A random fragment: text and elements, usually well nested, sometimes not (a missing or stray end tag, a void or self-closed tag).</summary>
    private static string Generate(Random random, int depth)
    {
        var html = new StringBuilder();
        var parts = random.Next(1, 4);
        for (var k = 0; k < parts; k++)
        {
            var roll = random.Next(10);
            if (roll < 4 || depth > 4)
            {
                html.Append(Texts[random.Next(Texts.Length)]);
                continue;
            }
            if (roll == 4)
            {
                html.Append(random.Next(4) switch { 0 => "<br>", 1 => "<br/>", 2 => "<img src=\"i.png\">", _ => "<hr>" });
                continue;
            }
            var name = Elements[random.Next(Elements.Length)];
            html.Append('<').Append(random.Next(8) == 0 ? name.ToUpperInvariant() : name).Append(Attributes[random.Next(Attributes.Length)]).Append('>');
            html.Append(Generate(random, depth + 1));
            var end = random.Next(12);
            if (end == 0) continue;                                                   // left open
            html.Append("</").Append(end == 1 ? Elements[random.Next(Elements.Length)] : name).Append('>');  // sometimes the wrong one
        }
        return html.ToString();
    }

    /// <summary>The tree as text: each element with its attributes in order, each text node quoted.</summary>
    private static string Describe(HtmlNode node)
    {
        var text = new StringBuilder();
        Describe(node, text);
        return text.ToString();
    }

    private static void Describe(HtmlNode node, StringBuilder text)
    {
        if (node is HtmlTextNode t)
        {
            text.Append('"').Append(t.Data.Replace("\\", "\\\\").Replace("\"", "\\\"")).Append('"');
            return;
        }
        var element = (HtmlElementNode)node;
        text.Append('<').Append(element.LocalName);
        foreach (var name in new[] { "class", "href", "title", "checked", "style", "data-x", "id", "src", "alt", "type", "start" })
        {
            if (element.GetAttribute(name) is { } value) text.Append(' ').Append(name).Append("=\"").Append(value).Append('"');
        }
        text.Append('>');
        foreach (var child in element.ChildNodes) Describe(child, text);
        text.Append("</").Append(element.LocalName).Append('>');
    }
}
