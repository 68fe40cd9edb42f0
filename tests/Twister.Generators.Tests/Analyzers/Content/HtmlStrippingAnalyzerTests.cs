using Twister.Generators.Tests.Analyzers.Infrastructure;
using Verify = Twister.Generators.Tests.Analyzers.Infrastructure.TwisterAnalyzerTest<Twister.Generators.Analyzers.Content.HtmlStrippingAnalyzer>;

namespace Twister.Generators.Tests.Analyzers.Content;

public sealed class HtmlStrippingAnalyzerTests
{
    [Fact]
    public Task Raw_html_with_the_html_content_type_is_clean()
        => Verify.VerifyAsync(ConnectorSource.Connector("""
                private static NewNote Note(Issue issue) => new() { Key = "description", Content = issue.DescriptionHtml, ContentType = ContentType.Html };
                private static string Clean(string text) => System.Text.RegularExpressions.Regex.Replace(text, "\\s+", " ");
            """));

    [Fact]
    public Task Regex_tag_replacement_and_HtmlDecode_in_the_connector_are_TWIST3001()
        => Verify.VerifyAsync(ConnectorSource.Connector("""
                private static NewNote Note(Issue issue) => new()
                {
                    Content = {|TWIST3001:System.Net.WebUtility.HtmlDecode({|TWIST3001:System.Text.RegularExpressions.Regex.Replace(issue.DescriptionHtml ?? "", "<[^>]+>", "")|})|},
                };
            """));

    [Fact]
    public Task A_hand_written_helper_in_another_class_is_TWIST3001_when_reachable_from_the_connector()
        => Verify.VerifyAsync(ConnectorSource.Connector(
            """
                private static NewNote Note(Issue issue) => new() { Content = {|TWIST3001:Text.StripHtml(issue.DescriptionHtml ?? "")|} };
            """,
            """
            public static class Text
            {
                public static string StripHtml(string html) => Tags.Remove(html);
            }
            public static class Tags
            {
                public static string Remove(string html) => {|TWIST3001:System.Text.RegularExpressions.Regex.Replace(html, "<.*?>", string.Empty)|};
            }
            """));

    [Fact]
    public Task Stripping_code_not_reachable_from_any_connector_is_clean()
        => Verify.VerifyAsync(ConnectorSource.Connector(
            "",
            """
            public static class Unused
            {
                public static string StripHtml(string html) => System.Text.RegularExpressions.Regex.Replace(html, "<[^>]+>", "");
            }
            """));
}
