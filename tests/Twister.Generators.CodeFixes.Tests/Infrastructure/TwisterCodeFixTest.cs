using Basic.Reference.Assemblies;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;

namespace Twister.Generators.CodeFixes.Tests.Infrastructure;

/// <summary>A before/after code-fix test against the .NET 10 reference assemblies and the Twister runtime library (offline).</summary>
internal sealed class TwisterCodeFixTest<TAnalyzer, TCodeFix> : CSharpCodeFixTest<TAnalyzer, TCodeFix, DefaultVerifier>
    where TAnalyzer : DiagnosticAnalyzer, new()
    where TCodeFix : CodeFixProvider, new()
{
    private const string GlobalUsings = """
        global using System;
        global using System.Collections.Generic;
        global using System.Threading;
        global using System.Threading.Tasks;
        global using Twister;
        """;

    public TwisterCodeFixTest()
    {
        ReferenceAssemblies = new ReferenceAssemblies("net10.0");
        TestState.AdditionalReferences.AddRange(Net100.References.All);
        TestState.AdditionalReferences.Add(MetadataReference.CreateFromFile(typeof(ConnectorAttribute).Assembly.Location));
        TestState.Sources.Add(("GlobalUsings.cs", GlobalUsings));
        FixedState.Sources.Add(("GlobalUsings.cs", GlobalUsings));
        // A data rule has a live descriptor and a compilation-end twin for helpers: markup names the id only.
        MarkupOptions = MarkupOptions.UseFirstDescriptor;
        SolutionTransforms.Add((solution, projectId) =>
        {
            var options = (CSharpCompilationOptions)solution.GetProject(projectId)!.CompilationOptions!;
            return solution.WithProjectCompilationOptions(projectId, options.WithNullableContextOptions(NullableContextOptions.Enable));
        });
    }

    /// <summary>Whether the Twister generators run, so that test code can use the generated <c>Tools</c> and <c>Callbacks</c> (their output is not compared).</summary>
    public bool RunGenerators { get; init; }

    /// <inheritdoc />
    protected override IEnumerable<Type> GetSourceGenerators()
        => RunGenerators ? [typeof(Twister.Generators.Connectors.ConnectorGenerator), typeof(Twister.Generators.LinkTypes.LinkTypeGenerator)] : [];

    /// <summary>Like <see cref="VerifyAsync"/>, with the generators running.</summary>
    public static Task VerifyGeneratedAsync(string before, string after)
        => new TwisterCodeFixTest<TAnalyzer, TCodeFix> { TestCode = before, FixedCode = after, RunGenerators = true, TestBehaviors = TestBehaviors.SkipGeneratedSourcesCheck }.RunAsync();

    /// <summary>Applies the fix to <paramref name="before"/> (with diagnostic markup) and expects <paramref name="after"/>.</summary>
    public static Task VerifyAsync(string before, string after)
        => new TwisterCodeFixTest<TAnalyzer, TCodeFix> { TestCode = before, FixedCode = after }.RunAsync();

    /// <summary>A connector that writes its own hooks: see <see cref="Twister.Generators.Tests.Analyzers.Infrastructure.ConnectorSource.WithHooks"/>.</summary>
    public static string WithHooks(string members, string arguments = "", string attributes = "")
        => Twister.Generators.Tests.Analyzers.Infrastructure.ConnectorSource.WithHooks(members, arguments: arguments, attributes: attributes);

    /// <summary>A connector named "linear" around <paramref name="members"/>.</summary>
    public static string Connector(string members) => $$"""
        namespace Demo;

        [Connector("linear")]
        public sealed partial class IssueConnector : Connector<IssueConnector>
        {
            public override Task<IReadOnlyList<Channel>> GetChannelsAsync(Authorization authorization, AuthToken token, CancellationToken cancellationToken)
                => Task.FromResult<IReadOnlyList<Channel>>([]);
            public override Task OnChannelEnabledAsync(Channel channel, CancellationToken cancellationToken) => Task.CompletedTask;
        {{members}}
        }
        """;
}
