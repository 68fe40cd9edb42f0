using System.Collections.Immutable;
using Basic.Reference.Assemblies;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Twister.Generators.Tests.Infrastructure;

/// <summary>Builds C# compilations against the .NET 10 reference assemblies and the real <c>Twister.dll</c>.</summary>
public static class TestCompilation
{
    /// <summary>The parse options of test sources (the newest language version).</summary>
    public static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.Preview);

    private static readonly ImmutableArray<MetadataReference> References =
        [.. Net100.References.All, MetadataReference.CreateFromFile(typeof(Connector<>).Assembly.Location)];

    /// <summary>A library compilation of <paramref name="sources"/> (nullable on, as in Twister projects).</summary>
    public static CSharpCompilation Create(params string[] sources)
        => CSharpCompilation.Create(
            "TestConnectors" + Guid.NewGuid().ToString("N"),
            sources.Select((source, i) => CSharpSyntaxTree.ParseText(source, ParseOptions, path: $"Source{i}.cs")),
            References,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));

    /// <summary>The compiler's errors and warnings, formatted for an assertion message.</summary>
    public static string Describe(IEnumerable<Diagnostic> diagnostics)
        => string.Join(Environment.NewLine, diagnostics.Where(d => d.Severity >= DiagnosticSeverity.Warning).Select(d => d.ToString()));
}
