using System.Collections.Immutable;
using Basic.Reference.Assemblies;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using Twister.Generators.Analyzers;
using Twister.Generators.Tests.Infrastructure;

namespace Twister.Generators.Tests.Analyzers.Infrastructure;

/// <summary>Runs every Twister analyzer over whole files, as a build would, for sample-level tests.</summary>
internal static class AllAnalyzers
{
    /// <summary>One instance of each analyzer in the Twister.Generators assembly.</summary>
    public static ImmutableArray<DiagnosticAnalyzer> Create()
        => typeof(Descriptors).Assembly.GetTypes()
            .Where(t => typeof(DiagnosticAnalyzer).IsAssignableFrom(t) && !t.IsAbstract)
            .Select(t => (DiagnosticAnalyzer)Activator.CreateInstance(t)!)
            .ToImmutableArray();

    /// <summary>
    /// Compiles <paramref name="sources"/> with the connector project's implicit usings (and, with
    /// <paramref name="runGenerators"/>, the Twister generators' output, as a build does) and returns
    /// compiler errors and analyzer diagnostics.
    /// </summary>
    public static async Task<(ImmutableArray<Diagnostic> CompilerErrors, ImmutableArray<Diagnostic> Diagnostics)> RunAsync(
        IEnumerable<(string Path, string Text)> sources, IEnumerable<(string Path, string Text)> additionalFiles, bool runGenerators = false)
    {
        var parseOptions = TestCompilation.ParseOptions;
        var trees = sources
            .Append(("GlobalUsings.cs", ImplicitUsings.SdkAndTwister))
            .Select(s => CSharpSyntaxTree.ParseText(s.Item2, parseOptions, s.Item1));
        Compilation compilation = CSharpCompilation.Create(
            "Sample",
            trees,
            Net100.References.All.Append(MetadataReference.CreateFromFile(typeof(ConnectorAttribute).Assembly.Location)),
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));

        if (runGenerators)
            compilation = GeneratorHarness.Run(compilation, new Twister.Generators.Connectors.ConnectorGenerator(), new Twister.Generators.LinkTypes.LinkTypeGenerator()).Output;

        var texts = additionalFiles.Select(f => (AdditionalText)new InMemoryAdditionalText(f.Path, f.Text)).ToImmutableArray();
        var withAnalyzers = compilation.WithAnalyzers(Create(), new AnalyzerOptions(texts));
        var diagnostics = await withAnalyzers.GetAnalyzerDiagnosticsAsync();
        var errors = compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToImmutableArray();
        return (errors, diagnostics);
    }

    private sealed class InMemoryAdditionalText(string path, string text) : AdditionalText
    {
        private readonly SourceText _text = SourceText.From(text);

        public override string Path => path;

        public override SourceText GetText(CancellationToken cancellationToken = default) => _text;
    }
}
