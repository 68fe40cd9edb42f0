using Twister.Generators.Tests.Analyzers.Infrastructure;
using Verify = Twister.Generators.Tests.Analyzers.Infrastructure.TwisterAnalyzerTest<Twister.Generators.Analyzers.Content.HtmlStrippingAnalyzer>;

namespace Twister.Generators.Tests.Analyzers.Content;

/// <summary>Stripping sites recognised beyond the static calls, pinned so that reading them from syntax keeps them.</summary>
public sealed class HtmlStrippingShapesTests
{
    [Fact]
    public Task Instance_regexes_named_patterns_and_helpers_are_TWIST3001_and_other_replacements_are_clean()
        => Verify.VerifyAsync(ConnectorSource.Connector(
            """
                private static NewNote A(Issue issue) => new() { Content = {|TWIST3001:new System.Text.RegularExpressions.Regex("<[^>]+>").Replace(issue.DescriptionHtml ?? "", "")|} };
                private static NewNote B(Issue issue) => new() { Content = {|TWIST3001:System.Text.RegularExpressions.Regex.Replace(replacement: "", pattern: "<b>", input: issue.DescriptionHtml ?? "")|} };
                private static NewNote C(Issue issue) => new() { Content = (issue.DescriptionHtml ?? "").Replace("<", "&lt;").Replace(">", "&gt;") };
                private static NewNote D(Issue issue) => new() { Content = {|TWIST3001:(issue.DescriptionHtml ?? "").ToPlainText()|} };
                private static NewNote E(Issue issue) => new() { Content = {|TWIST3001:System.Web.HttpUtility.HtmlDecode(issue.DescriptionHtml)|} };
            """,
            """
            public static class TextExtensions
            {
                public static string ToPlainText(this string html) => html;
            }
            """));
}
