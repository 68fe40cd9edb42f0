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

    /// <summary>Runs <typeparamref name="TAnalyzer"/> on <paramref name="source"/> (with diagnostic markup) and optional baseline files.</summary>
    public static Task VerifyAsync(string source, params (string Name, string Text)[] additionalFiles)
    {
        var test = new TwisterAnalyzerTest<TAnalyzer> { TestCode = source };
        foreach (var file in additionalFiles) test.TestState.AdditionalFiles.Add(file);
        return test.RunAsync();
    }
}
