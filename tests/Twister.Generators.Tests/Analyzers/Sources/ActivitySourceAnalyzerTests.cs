using Twister.Generators.Tests.Analyzers.Infrastructure;
using Verify = Twister.Generators.Tests.Analyzers.Infrastructure.TwisterAnalyzerTest<Twister.Generators.Analyzers.Sources.ActivitySourceAnalyzer>;

namespace Twister.Generators.Tests.Analyzers.Sources;

public sealed class ActivitySourceAnalyzerTests
{
    private static Task VerifyMethod(string body, string extraTypes = "") => Verify.VerifyAsync(ConnectorSource.Connector(body, extraTypes));

    [Fact]
    public Task A_source_built_from_the_immutable_id_is_clean()
        => VerifyMethod("""
                private static NewActivity ToActivity(Issue issue, string channelId)
                {
                    var prefix = "linear:issue:";
                    var id = issue.Id.ToLowerInvariant();
                    return new NewActivity { Source = prefix + id, Title = $"{issue.Identifier}: {issue.Title}" };
                }
            """);

    [Fact]
    public Task The_Linear_identifier_in_an_interpolation_is_TWIST2001()
        => VerifyMethod("""
                private static NewActivity ToActivity(Issue issue) => new() { Source = $"linear:issue:{{|TWIST2001:issue.Identifier|}}" };
            """);

    [Fact]
    public Task Mutable_values_followed_through_locals_concatenation_and_string_Format_are_TWIST2001()
        => VerifyMethod("""
                private static NewActivity ToActivity(Issue issue)
                {
                    var key = {|TWIST2001:issue.Title|}.ToLowerInvariant();
                    var source = string.Format("linear:{0}:{1}", key, {|TWIST2001:issue.Number|});
                    return new NewActivity { Source = source + ":" + {|TWIST2001:issue.Url|} };
                }
            """);

    [Fact]
    public Task Time_and_randomness_are_TWIST2001()
        => VerifyMethod("""
                private static NewActivity A() => new() { Source = "x:" + {|TWIST2001:DateTime.Now|} };
                private static NewActivity B() => new() { Source = $"x:{{|TWIST2001:Guid.NewGuid()|}}" };
            """);

    [Fact]
    public Task Attributes_override_the_naming_convention()
        => VerifyMethod(
            """
                private static NewActivity A(Ticket ticket) => new() { Source = $"jira:{ticket.IssueKey}:{{|TWIST2001:ticket.RemoteRef|}}" };
            """,
            """
            public sealed class Ticket
            {
                [ImmutableId] public string IssueKey { get; init; } = "";
                [MutableId] public string RemoteRef { get; init; } = "";
            }
            """);

    [Fact]
    public Task A_parameter_named_like_a_mutable_key_is_TWIST2001()
        => VerifyMethod("""
                private static NewActivity A(string issueKey) => new() { Source = "jira:" + {|TWIST2001:issueKey|} };
            """);

    [Fact]
    public Task An_activity_without_a_source_is_TWIST2002_and_a_with_expression_that_keeps_it_is_clean()
        => VerifyMethod("""
                private static NewActivity A() => {|TWIST2002:new|} NewActivity { Title = "t" };
                private static NewActivity B(NewActivity a) => a with { Title = "changed" };
                private static NewActivity C(NewActivity a) => {|TWIST2002:a|} with { Source = null };
                private static NewActivity D(Issue issue) => new NewActivity { Source = "linear:" + issue.Id } with { Source = "linear:" + {|TWIST2001:issue.Identifier|} };
            """);

    [Fact]
    public Task Activities_built_outside_a_connector_are_not_checked()
        => Verify.VerifyAsync("""
            public static class TestData
            {
                public static NewActivity Sample(string title) => new() { Title = title, Source = title };
            }
            """);
}
