using Twister.Generators.Tests.Analyzers.Infrastructure;
using Verify = Twister.Generators.Tests.Analyzers.Infrastructure.TwisterAnalyzerTest<Twister.Generators.Analyzers.Content.HtmlStrippingAnalyzer>;

namespace Twister.Generators.Tests.Analyzers.Content;

/// <summary>
/// TWIST3001 against the patterns real connectors use (the Plot SDK's TypeScript connectors, written
/// the way a C# author would port them): each case is a member of a connector, marked where the rule
/// must fire; an unmarked case must stay clean.
/// </summary>
public sealed class HtmlStrippingCorpusTests
{
    public static TheoryData<string, string> TruePositives => new()
    {
        {
            "chat messages flattened to text with a tag regex, then entities decoded (a Teams-like port)",
            """
                private static string Flatten(string bodyHtml)
                    => {|TWIST3001:System.Net.WebUtility.HtmlDecode({|TWIST3001:System.Text.RegularExpressions.Regex.Replace(bodyHtml, "<[^>]+>", " ")|})|};
                private NewNote Note(string bodyHtml) => new() { Content = Flatten(bodyHtml) };
            """
        },
        {
            "line breaks turned into newlines, then every tag removed (a Gmail-like port)",
            """
                private static string Snippet(string html)
                {
                    var text = {|TWIST3001:System.Text.RegularExpressions.Regex.Replace(html, @"<br\s*/?>", "\n", System.Text.RegularExpressions.RegexOptions.IgnoreCase)|};
                    return {|TWIST3001:System.Text.RegularExpressions.Regex.Replace(text, "<[^>]*>", " ")|}.Replace("&nbsp;", " ");
                }
            """
        },
        {
            "a static, compiled regex held in a field",
            """
                private static readonly System.Text.RegularExpressions.Regex Tags = new("<[^>]*>", System.Text.RegularExpressions.RegexOptions.Compiled);
                private static string Text(string html) => {|TWIST3001:Tags.Replace(html, string.Empty)|};
            """
        },
        {
            "an instance regex field built with new Regex(...)",
            """
                private readonly System.Text.RegularExpressions.Regex _markup = new System.Text.RegularExpressions.Regex(@"</?\w+[^>]*>");
                private string Text(string html) => {|TWIST3001:_markup.Replace(html, "")|};
            """
        },
        {
            "a [GeneratedRegex] method",
            """
                [System.Text.RegularExpressions.GeneratedRegex("<.*?>")]
                private static partial System.Text.RegularExpressions.Regex TagPattern();
                private static partial System.Text.RegularExpressions.Regex TagPattern() => new("(stands in for the generated part)");
                private static string Text(string html) => {|TWIST3001:TagPattern().Replace(html, string.Empty)|};
            """
        },
        {
            "a [GeneratedRegex] property",
            """
                [System.Text.RegularExpressions.GeneratedRegex("<(.|\n)*?>")]
                private static partial System.Text.RegularExpressions.Regex TagRegex { get; }
                private static partial System.Text.RegularExpressions.Regex TagRegex => new("(stands in for the generated part)");
                private static string Text(string html) => {|TWIST3001:TagRegex.Replace(html, " ")|};
            """
        },
        {
            "a regex in a local",
            """
                private static string Text(string html)
                {
                    var tags = new System.Text.RegularExpressions.Regex("<[^>]+>");
                    return {|TWIST3001:tags.Replace(html, "")|};
                }
            """
        },
        {
            "the pattern in a constant",
            """
                private const string TagPattern = "<[^>]+>";
                private static string Text(string html) => {|TWIST3001:System.Text.RegularExpressions.Regex.Replace(html, TagPattern, "")|};
            """
        },
        {
            "HTML comments removed",
            """
                private static string Text(string html) => {|TWIST3001:System.Text.RegularExpressions.Regex.Replace(html, "<!--.*?-->", "")|};
            """
        },
        {
            "links converted to markdown by a regex (local HTML conversion)",
            """
                private static string Text(string html) => {|TWIST3001:System.Text.RegularExpressions.Regex.Replace(html, "<a href=\"(.*?)\">(.*?)</a>", "[$2]($1)")|};
            """
        },
        {
            "AngleSharp DOM text behind a null-conditional access",
            """
                private static string? Text(AngleSharp.Dom.IDocument document) => document.Body?{|TWIST3001:.TextContent|};
            """
        },
        {
            "HtmlAgilityPack inner text behind a null-conditional access, then trimmed",
            """
                private static string? Text(HtmlAgilityPack.HtmlDocument document) => document.DocumentNode?{|TWIST3001:.InnerText|}.Trim();
            """
        },
        {
            "HTML entities decoded from an HTML field",
            """
                private static string Text(Issue issue) => {|TWIST3001:System.Net.WebUtility.HtmlDecode(issue.DescriptionHtml ?? "")|};
            """
        },
    };

    public static TheoryData<string, string> FalsePositives => new()
    {
        {
            "Slack user mentions expanded (<@U123>)",
            """
                private static string Text(string text) => System.Text.RegularExpressions.Regex.Replace(text, "<@([A-Z0-9]+)>", "@$1");
            """
        },
        {
            "Slack channel links expanded (<#C1|general>)",
            """
                private static string Text(string text) => System.Text.RegularExpressions.Regex.Replace(text, @"<#([A-Z0-9]+)\|([^>]+)>", "#$2");
            """
        },
        {
            "Slack labelled links turned into markdown (<https://x|label>)",
            """
                private static string Text(string text) => System.Text.RegularExpressions.Regex.Replace(text, @"<(https?://[^|>]+)\|([^>]+)>", "[$2]($1)");
            """
        },
        {
            "Slack bare links unwrapped (<https://x>)",
            """
                private static string Text(string text) => System.Text.RegularExpressions.Regex.Replace(text, @"<(https?:\/\/[^>]+)>", "$1");
            """
        },
        {
            "Slack broadcasts and user groups (<!here>, <!subteam^S1|team>)",
            """
                private static readonly System.Text.RegularExpressions.Regex Broadcast = new(@"<!(?:here|channel|everyone)(?:\|[^>]*)?>");
                private static readonly System.Text.RegularExpressions.Regex Group = new(@"<!subteam\^([A-Z0-9]+)(?:\|[^>]*)?>");
                private static string Text(string text) => Group.Replace(Broadcast.Replace(text, "@everyone"), "@$1");
            """
        },
        {
            "angle brackets removed from an email Message-ID",
            """
                private static string MessageId(string id) => System.Text.RegularExpressions.Regex.Replace(id, "[<>]", "").Trim();
            """
        },
        {
            "HTML escaped before it is sent (encoding, not stripping)",
            """
                private static string Escape(string text) => System.Text.RegularExpressions.Regex.Replace(text, "<", "&lt;").Replace(">", "&gt;");
            """
        },
        {
            "Slack text decoded from its own entity escaping",
            """
                private static string Text(string text) => System.Net.WebUtility.HtmlDecode(text);
            """
        },
        {
            "a named group in a mention pattern",
            """
                private static string Text(string text) => System.Text.RegularExpressions.Regex.Replace(text, @"(?<user>@\w+)", "**${user}**");
            """
        },
        {
            "markdown emphasis converted between dialects",
            """
                private static string Text(string text) => System.Text.RegularExpressions.Regex.Replace(text, @"\*([^*]+)\*", "**$1**");
            """
        },
    };

    [Theory]
    [MemberData(nameof(TruePositives))]
    public Task Stripping_found_in_connector_code_is_TWIST3001(string pattern, string members) => VerifyAsync(pattern, members);

    [Theory]
    [MemberData(nameof(FalsePositives))]
    public Task Other_angle_bracket_syntaxes_and_decoding_are_clean(string pattern, string members) => VerifyAsync(pattern, members);

    private static Task VerifyAsync(string pattern, string members)
    {
        Assert.False(string.IsNullOrEmpty(pattern));
        var test = new Verify { TestCode = ConnectorSource.Connector(members) };
        test.TestState.Sources.Add(("Libraries.cs", Libraries));
        return test.RunAsync();
    }

    // Stand-ins for AngleSharp and HtmlAgilityPack: the rule recognises them by namespace.
    private const string Libraries = """
        namespace AngleSharp.Dom
        {
            public interface IElement { string TextContent { get; } }
            public interface IDocument { IElement? Body { get; } }
        }
        namespace HtmlAgilityPack
        {
            public sealed class HtmlNode { public string InnerText => ""; }
            public sealed class HtmlDocument { public HtmlNode? DocumentNode => null; }
        }
        """;
}
