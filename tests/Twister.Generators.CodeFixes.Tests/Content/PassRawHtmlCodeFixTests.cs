using Microsoft.CodeAnalysis.Testing;
using Test = Twister.Generators.CodeFixes.Tests.Infrastructure.TwisterCodeFixTest<Twister.Generators.Analyzers.Content.HtmlStrippingAnalyzer, Twister.Generators.CodeFixes.Content.PassRawHtmlCodeFix>;
using Verify = Twister.Generators.CodeFixes.Tests.Infrastructure.TwisterCodeFixTest<Twister.Generators.Analyzers.Content.HtmlStrippingAnalyzer, Twister.Generators.CodeFixes.Content.PassRawHtmlCodeFix>;

namespace Twister.Generators.CodeFixes.Tests.Content;

public sealed class PassRawHtmlCodeFixTests
{
    // TWIST3001 is a compilation-end diagnostic (it needs the whole call graph), which the testing
    // library treats as non-local; IDEs and `dotnet format` still apply its fix.
    private static Task VerifyAsync(string before, string after)
        => new Test { TestCode = before, FixedCode = after, CodeFixTestBehaviors = CodeFixTestBehaviors.SkipLocalDiagnosticCheck }.RunAsync();

    [Fact]
    public Task Replaces_a_regex_strip_with_the_raw_html_and_switches_the_content_type()
        => VerifyAsync(
            Verify.Connector("""
                private static NewNote Note(string html) => new NewNote
                {
                    Key = "description",
                    Content = {|TWIST3001:System.Text.RegularExpressions.Regex.Replace(html, "<[^>]+>", "")|},
                    ContentType = ContentType.Text,
                };
            """),
            Verify.Connector("""
                private static NewNote Note(string html) => new NewNote
                {
                    Key = "description",
                    Content = html,
                    ContentType = ContentType.Html,
                };
            """));

    [Fact]
    public Task Adds_the_content_type_when_it_was_not_set()
        => VerifyAsync(
            Verify.Connector("""
                private static NewNote Note(string html) => new NewNote { Content = {|TWIST3001:System.Net.WebUtility.HtmlDecode(html)|} };
            """),
            Verify.Connector("""
                private static NewNote Note(string html) => new NewNote { Content = html, ContentType = ContentType.Html };
            """));
}
