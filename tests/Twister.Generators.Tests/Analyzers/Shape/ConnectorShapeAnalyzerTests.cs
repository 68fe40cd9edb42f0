using Twister.Generators.Analyzers.Shape;
using Twister.Generators.Tests.Analyzers.Infrastructure;
using Verify = Twister.Generators.Tests.Analyzers.Infrastructure.TwisterAnalyzerTest<Twister.Generators.Analyzers.Shape.ConnectorShapeAnalyzer>;

namespace Twister.Generators.Tests.Analyzers.Shape;

public sealed class ConnectorShapeAnalyzerTests
{
    [Fact]
    public Task A_partial_connector_deriving_from_itself_is_clean()
        => Verify.VerifyAsync(ConnectorSource.Connector(""));

    [Fact]
    public Task A_connector_that_is_not_partial_is_TWIST0001()
        => Verify.VerifyAsync($$"""
            [Connector("linear")]
            public sealed class {|TWIST0001:IssueConnector|} : Connector<IssueConnector>
            {
            {{ConnectorSource.RequiredMembers}}
            }
            """);

    [Fact]
    public Task A_connector_deriving_from_another_connector_type_is_TWIST0002()
        => Verify.VerifyAsync($$"""
            [Connector("other")]
            public sealed partial class Other : Connector<Other>
            {
            {{ConnectorSource.RequiredMembers}}
            }

            [Connector("linear")]
            public abstract partial class {|TWIST0002:IssueConnector|} : Connector<Other>
            {
            }
            """);

    [Fact]
    public Task A_plain_class_without_the_attribute_is_not_checked()
        => Verify.VerifyAsync("public sealed class NotAConnector { }");
}
