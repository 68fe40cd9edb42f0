using Microsoft.CodeAnalysis;
using Twister.Generators.Common;
using Twister.Generators.Connectors;
using Twister.Generators.Connectors.Model;
using Twister.Generators.Tests.Infrastructure;

namespace Twister.Generators.Tests.Generators;

/// <summary>
/// The <c>Store.GetAsync&lt;T&gt;</c> type the generator finds by name lookup (without binding) is the
/// type C# binds: nested types shadow namespace types, and using directives are honoured.
/// </summary>
public sealed class StoredTypeLookupTests
{
    [Fact]
    public void A_nested_type_shadows_a_namespace_type_of_the_same_name()
    {
        var roots = RootTypes("""
            namespace Lookup.Nested;
            public sealed record Snapshot(string Text);

            [Connector("nested")]
            public sealed partial class NestedConnector : Connector<NestedConnector>
            {
                public sealed record Snapshot(int Count);
                public override Task<IReadOnlyList<Channel>> GetChannelsAsync(Authorization a, AuthToken t, CancellationToken ct) => Task.FromResult<IReadOnlyList<Channel>>([]);
                public override async Task OnChannelEnabledAsync(Channel channel, CancellationToken ct) => _ = await Store.GetAsync<Snapshot>("s", ct);
            }
            """);

        Assert.Contains("global::Lookup.Nested.NestedConnector.Snapshot", roots);
        Assert.DoesNotContain("global::Lookup.Nested.Snapshot", roots);
    }

    [Fact]
    public void A_type_imported_by_a_using_directive_is_found()
    {
        var roots = RootTypes("""
            namespace Lookup.Imported
            {
                using Lookup.Elsewhere;

                [Connector("imported")]
                public sealed partial class ImportedConnector : Connector<ImportedConnector>
                {
                    public override Task<IReadOnlyList<Channel>> GetChannelsAsync(Authorization a, AuthToken t, CancellationToken ct) => Task.FromResult<IReadOnlyList<Channel>>([]);
                    public override Task OnChannelEnabledAsync(Channel channel, CancellationToken ct) => Store.SetAsync("s", new Remote(1), ct).AsTask();
                }
            }

            namespace Lookup.Elsewhere
            {
                public sealed record Remote(int Value);
            }
            """);

        Assert.Contains("global::Lookup.Elsewhere.Remote", roots);
    }

    [Fact]
    public void A_using_inside_an_inner_namespace_wins_over_an_outer_namespace_member()
    {
        var roots = RootTypes("""
            namespace Outer
            {
                public sealed record Duplicate(string Text);

                namespace Inner
                {
                    using Imported;

                    [Connector("inner")]
                    public sealed partial class InnerConnector : Connector<InnerConnector>
                    {
                        public override Task<IReadOnlyList<Channel>> GetChannelsAsync(Authorization a, AuthToken t, CancellationToken ct) => Task.FromResult<IReadOnlyList<Channel>>([]);
                        public override async Task OnChannelEnabledAsync(Channel channel, CancellationToken ct) => _ = await Store.GetAsync<Duplicate>("s", ct);
                    }
                }
            }

            namespace Imported
            {
                public sealed record Duplicate(int Count);
            }
            """);

        Assert.Contains("global::Imported.Duplicate", roots);
        Assert.DoesNotContain("global::Outer.Duplicate", roots);
    }

    private static IReadOnlyList<string> RootTypes(string source)
    {
        var compilation = TestCompilation.Create(TestSources.Usings + source);
        Assert.True(!compilation.GetDiagnostics().Any(d => d.Severity == DiagnosticSeverity.Error), TestCompilation.Describe(compilation.GetDiagnostics()));
        var result = GeneratorHarness.CreateDriver(new ConnectorGenerator()).RunGenerators(compilation).GetRunResult();
        var model = result.Results.SelectMany(r => r.TrackedSteps[TrackingNames.ConnectorModel])
            .SelectMany(step => step.Outputs)
            .Select(o => o.Value)
            .OfType<ConnectorModel>()
            .Single();
        return [.. model.RootTypes];
    }
}
