using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Twister.Generators.Analyzers.Shape;
using Twister.Generators.Connectors;
using Twister.Generators.LinkTypes;
using Twister.Generators.Tests.Infrastructure;

namespace Twister.Generators.Tests.Generators;

/// <summary>
/// The generators skip exactly the connector classes and link-type enums that TWIST0001, TWIST0002 and
/// TWIST0007 report (a static class cannot derive from a connector, so TWIST0002 reports it): one shared
/// definition, <c>ConnectorDeclaration</c>, decides for both.
/// </summary>
public sealed class GeneratedTypePlacementTests
{
    private const string Source = TestSources.Usings + """
        namespace Demo;

        [Connector("kept")]
        public sealed partial class KeptConnector : Connector<KeptConnector>
        {
            public override Task<IReadOnlyList<Channel>> GetChannelsAsync(Authorization authorization, AuthToken token, CancellationToken cancellationToken)
                => Task.FromResult<IReadOnlyList<Channel>>([]);
            public override Task OnChannelEnabledAsync(Channel channel, CancellationToken cancellationToken) => Task.CompletedTask;
        }

        [Connector("generic")]
        public sealed partial class GenericConnector<TIssue> : Connector<GenericConnector<TIssue>>
        {
            public override Task<IReadOnlyList<Channel>> GetChannelsAsync(Authorization authorization, AuthToken token, CancellationToken cancellationToken)
                => Task.FromResult<IReadOnlyList<Channel>>([]);
            public override Task OnChannelEnabledAsync(Channel channel, CancellationToken cancellationToken) => Task.CompletedTask;
        }

        [Connector("abstract")]
        public abstract partial class AbstractConnector : Connector<AbstractConnector>
        {
            public override Task<IReadOnlyList<Channel>> GetChannelsAsync(Authorization authorization, AuthToken token, CancellationToken cancellationToken)
                => Task.FromResult<IReadOnlyList<Channel>>([]);
            public override Task OnChannelEnabledAsync(Channel channel, CancellationToken cancellationToken) => Task.CompletedTask;
        }

        [Connector("constructorless")]
        public sealed partial class ConstructorlessConnector(string team) : Connector<ConstructorlessConnector>
        {
            public string Team => team;
            public override Task<IReadOnlyList<Channel>> GetChannelsAsync(Authorization authorization, AuthToken token, CancellationToken cancellationToken)
                => Task.FromResult<IReadOnlyList<Channel>>([]);
            public override Task OnChannelEnabledAsync(Channel channel, CancellationToken cancellationToken) => Task.CompletedTask;
        }

        [Connector("static")]
        public static partial class StaticConnector { }

        [Connector("wrong-base")]
        public sealed partial class WrongBaseConnector : Connector<KeptConnector>
        {
            public override Task<IReadOnlyList<Channel>> GetChannelsAsync(Authorization authorization, AuthToken token, CancellationToken cancellationToken)
                => Task.FromResult<IReadOnlyList<Channel>>([]);
            public override Task OnChannelEnabledAsync(Channel channel, CancellationToken cancellationToken) => Task.CompletedTask;
        }

        [Connector("not-partial")]
        public sealed class NotPartialConnector : Connector<NotPartialConnector>
        {
            public override Task<IReadOnlyList<Channel>> GetChannelsAsync(Authorization authorization, AuthToken token, CancellationToken cancellationToken)
                => Task.FromResult<IReadOnlyList<Channel>>([]);
            public override Task OnChannelEnabledAsync(Channel channel, CancellationToken cancellationToken) => Task.CompletedTask;
        }

        [LinkType("kept")]
        public enum KeptStatus { [Status("open", "Open")] Open }

        public static class Holder
        {
            [Connector("nested")]
            public sealed partial class NestedConnector : Connector<NestedConnector>
            {
                public override Task<IReadOnlyList<Channel>> GetChannelsAsync(Authorization authorization, AuthToken token, CancellationToken cancellationToken)
                    => Task.FromResult<IReadOnlyList<Channel>>([]);
                public override Task OnChannelEnabledAsync(Channel channel, CancellationToken cancellationToken) => Task.CompletedTask;
            }

            [LinkType("nested")]
            public enum NestedStatus { [Status("open", "Open")] Open }
        }
        """;

    [Fact]
    public async Task What_TWIST0001_0002_and_0007_report_is_exactly_what_the_generators_skip()
    {
        var compilation = TestCompilation.Create(Source);
        Assert.True(!compilation.GetDiagnostics().Any(d => d.Severity == DiagnosticSeverity.Error), TestCompilation.Describe(compilation.GetDiagnostics()));

        var (_, files) = GeneratorHarness.Run(compilation, new ConnectorGenerator(), new LinkTypeGenerator());
        var diagnostics = await compilation
            .WithAnalyzers(ImmutableArray.Create<DiagnosticAnalyzer>(new GeneratedTypePlacementAnalyzer(), new ConnectorShapeAnalyzer()))
            .GetAnalyzerDiagnosticsAsync();

        Assert.Equal(["Demo.KeptConnector.g.cs", "Demo.KeptStatusLinkType.g.cs"], files.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(
            [
                "TWIST0001 NotPartialConnector", "TWIST0002 StaticConnector", "TWIST0002 WrongBaseConnector",
                "TWIST0007 AbstractConnector", "TWIST0007 ConstructorlessConnector",
                "TWIST0007 GenericConnector", "TWIST0007 NestedConnector", "TWIST0007 NestedStatus",
            ],
            diagnostics.Select(d => $"{d.Id} {d.Location.SourceTree!.GetText().ToString(d.Location.SourceSpan)}").Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_connector_whose_parameterless_constructor_is_private_is_generated_and_instantiated()
    {
        var compilation = TestCompilation.Create(TestSources.Usings + """
            namespace Demo;

            [Connector("private")]
            public sealed partial class PrivateConnector : Connector<PrivateConnector>
            {
                private PrivateConnector() { }
                public PrivateConnector(string team) { }
                public override Task<IReadOnlyList<Channel>> GetChannelsAsync(Authorization authorization, AuthToken token, CancellationToken cancellationToken)
                    => Task.FromResult<IReadOnlyList<Channel>>([]);
                public override Task OnChannelEnabledAsync(Channel channel, CancellationToken cancellationToken) => Task.CompletedTask;
            }
            """);

        var (output, _) = GeneratorHarness.Run(compilation, new ConnectorGenerator());
        var connector = GeneratorHarness.EmitAndLoad(output).GetType("Demo.PrivateConnector", throwOnError: true)!;
        var descriptor = (Twister.Runtime.ConnectorDescriptor)connector.GetProperty("Descriptor")!.GetValue(null)!;

        Assert.IsType(connector, descriptor.CreateInstance());
    }
}
