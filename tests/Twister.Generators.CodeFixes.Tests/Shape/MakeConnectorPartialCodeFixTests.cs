using Twister.Generators.Analyzers.Shape;
using Twister.Generators.CodeFixes.Shape;
using Verify = Twister.Generators.CodeFixes.Tests.Infrastructure.TwisterCodeFixTest<Twister.Generators.Analyzers.Shape.ConnectorShapeAnalyzer, Twister.Generators.CodeFixes.Shape.MakeConnectorPartialCodeFix>;

namespace Twister.Generators.CodeFixes.Tests.Shape;

public sealed class MakeConnectorPartialCodeFixTests
{
    [Fact]
    public Task Adds_partial_after_the_other_modifiers()
        => Verify.VerifyAsync(
            Verify.Connector("").Replace("public sealed partial class IssueConnector", "public sealed class {|TWIST0001:IssueConnector|}"),
            Verify.Connector(""));
}
