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

    [Fact]
    public Task An_abstract_connector_is_TWIST0007()
        => Verify.VerifyAsync($$"""
            [Connector("linear")]
            public abstract partial class {|TWIST0007:IssueConnector|} : Connector<IssueConnector>
            {
            {{ConnectorSource.RequiredMembers}}
            }
            """);

    [Fact]
    public Task A_connector_without_a_parameterless_constructor_is_TWIST0007()
        => Verify.VerifyAsync(ConnectorSource.Connector("""
            public IssueConnector(string team) => Team = team;
            public string Team { get; }
            """).Replace("class IssueConnector", "class {|TWIST0007:IssueConnector|}"));

    [Fact]
    public Task A_connector_with_a_private_parameterless_constructor_is_clean()
        => Verify.VerifyAsync(ConnectorSource.Connector("""
            private IssueConnector() { }
            public IssueConnector(string team) { }
            """));

    [Fact]
    public Task An_abstract_connector_TWIST0002_reports_is_not_reported_again()
        => Verify.VerifyAsync($$"""
            [Connector("linear")]
            public abstract partial class IssueConnector : Connector<Other>
            {
            {{ConnectorSource.RequiredMembers}}
            }

            public sealed partial class Other : Connector<Other>
            {
            {{ConnectorSource.RequiredMembers}}
            }
            """);

    [Fact]
    public Task A_static_connector_is_left_to_TWIST0002()
        => Verify.VerifyAsync("""
            [Connector("linear")]
            public static partial class IssueConnector { }
            """);
}
