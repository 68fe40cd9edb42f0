using Twister.Generators.Tests.Analyzers.Infrastructure;
using Verify = Twister.Generators.Tests.Analyzers.Infrastructure.TwisterAnalyzerTest<Twister.Generators.Analyzers.Shape.GeneratedTypePlacementAnalyzer>;

namespace Twister.Generators.Tests.Analyzers.Shape;

public sealed class GeneratedTypePlacementAnalyzerTests
{
    [Fact]
    public Task A_top_level_connector_and_link_type_are_clean()
        => Verify.VerifyAsync(ConnectorSource.Connector("", """
            [LinkType("issue")]
            public enum IssueStatus { [Status("backlog", "Backlog")] Backlog }

            public static class Holder
            {
                public sealed class NestedButNotAConnector { }
                public enum NestedButNotALinkType { A }
            }
            """));

    [Fact]
    public Task A_connector_nested_in_another_type_is_TWIST0007()
        => Verify.VerifyAsync($$"""
            public static class Connectors
            {
                [Connector("linear")]
                public sealed partial class {|TWIST0007:IssueConnector|} : Connector<IssueConnector>
                {
            {{ConnectorSource.RequiredMembers}}
                }
            }
            """);

    [Fact]
    public Task A_generic_connector_is_TWIST0007()
        => Verify.VerifyAsync($$"""
            [Connector("linear")]
            public sealed partial class {|TWIST0007:IssueConnector|}<TIssue> : Connector<IssueConnector<TIssue>>
            {
            {{ConnectorSource.RequiredMembers}}
            }
            """);

    [Fact]
    public Task A_link_type_nested_in_another_type_is_TWIST0007()
        => Verify.VerifyAsync("""
            public static class LinkTypes
            {
                [LinkType("issue")]
                public enum {|TWIST0007:IssueStatus|} { [Status("backlog", "Backlog")] Backlog }
            }
            """);
}
