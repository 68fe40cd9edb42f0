using Basic.Reference.Assemblies;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;
using Twister.Generators.Tests.Infrastructure;

namespace Twister.Generators.Tests.Analyzers.Infrastructure;

/// <summary>
/// An analyzer test against the .NET 10 reference assemblies and the Twister runtime library, with
/// nullable enabled and the usings a connector project gets implicitly. Offline: no reference packs are downloaded.
/// </summary>
internal sealed class TwisterAnalyzerTest<TAnalyzer> : CSharpAnalyzerTest<TAnalyzer, DefaultVerifier>
    where TAnalyzer : DiagnosticAnalyzer, new()
{
    public TwisterAnalyzerTest()
    {
        ReferenceAssemblies = new ReferenceAssemblies("net10.0");
        TestState.AdditionalReferences.AddRange(Net100.References.All);
        TestState.AdditionalReferences.Add(MetadataReference.CreateFromFile(typeof(ConnectorAttribute).Assembly.Location));
        TestState.Sources.Add(("GlobalUsings.cs", ImplicitUsings.SdkAndTwister));
        // TWIST1004 has two descriptors (on a class, live; on a baseline line, at compilation end): markup names the id only.
        MarkupOptions = MarkupOptions.UseFirstDescriptor;
        SolutionTransforms.Add((solution, projectId) =>
        {
            var options = (CSharpCompilationOptions)solution.GetProject(projectId)!.CompilationOptions!;
            return solution.WithProjectCompilationOptions(projectId, options.WithNullableContextOptions(NullableContextOptions.Enable));
        });
    }

    /// <summary>
    /// Whether the Twister generators run too, so the test code can use the generated <c>Tools</c> and
    /// <c>Callbacks</c> members as a connector does (their output is not compared).
    /// </summary>
    public bool RunGenerators { get; init; }

    /// <inheritdoc />
    protected override IEnumerable<Type> GetSourceGenerators()
        => RunGenerators ? [typeof(Twister.Generators.Connectors.ConnectorGenerator), typeof(Twister.Generators.LinkTypes.LinkTypeGenerator)] : [];

    /// <summary>Runs <typeparamref name="TAnalyzer"/> on a connector that uses its generated members (see <see cref="RunGenerators"/>).</summary>
    public static Task VerifyGeneratedAsync(string source, params (string Name, string Text)[] additionalFiles)
    {
        var test = new TwisterAnalyzerTest<TAnalyzer> { TestCode = source, RunGenerators = true, TestBehaviors = TestBehaviors.SkipGeneratedSourcesCheck };
        foreach (var file in additionalFiles) test.TestState.AdditionalFiles.Add(file);
        return test.RunAsync();
    }

    /// <summary>Runs <typeparamref name="TAnalyzer"/> on <paramref name="source"/> (with diagnostic markup) and optional baseline files.</summary>
    public static Task VerifyAsync(string source, params (string Name, string Text)[] additionalFiles)
    {
        var test = new TwisterAnalyzerTest<TAnalyzer> { TestCode = source };
        foreach (var file in additionalFiles) test.TestState.AdditionalFiles.Add(file);
        return test.RunAsync();
    }
}
