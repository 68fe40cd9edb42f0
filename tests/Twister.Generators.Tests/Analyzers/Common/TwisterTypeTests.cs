using Basic.Reference.Assemblies;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Twister.Generators.Common;
using Twister.Generators.Tests.Infrastructure;

namespace Twister.Generators.Tests.Analyzers.Common;

/// <summary>
/// The analyzers find Twister's types in the referenced Twister assembly instead of searching every
/// reference, and in the compilation itself when Twister is compiled from source.
/// </summary>
public sealed class TwisterTypeTests
{
    [Fact]
    public void Finds_the_type_in_the_referenced_Twister_assembly()
    {
        var compilation = TestCompilation.Create("class C { }");

        var type = Symbols.TwisterType(compilation, KnownNames.ConnectorStore);

        Assert.NotNull(type);
        Assert.Equal("Twister", type.ContainingAssembly.Identity.Name);
        Assert.Equal(compilation.GetTypeByMetadataName(KnownNames.ConnectorStore), type, SymbolEqualityComparer.Default);
    }

    [Fact]
    public void A_name_the_Twister_assembly_does_not_have_is_not_found()
    {
        var compilation = TestCompilation.Create("class C { }");

        Assert.Null(Symbols.TwisterType(compilation, "Twister.NoSuchType"));
    }

    [Fact]
    public void Without_a_Twister_reference_the_type_is_found_in_source()
    {
        var compilation = CSharpCompilation.Create(
            "TwisterFromSource",
            [CSharpSyntaxTree.ParseText("namespace Twister.Tools { public class ConnectorStore { } }")],
            Net100.References.All,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));

        var type = Symbols.TwisterType(compilation, KnownNames.ConnectorStore);

        Assert.NotNull(type);
        Assert.Equal("TwisterFromSource", type.ContainingAssembly.Identity.Name);
    }

    [Fact]
    public void Without_a_Twister_reference_or_source_nothing_is_found()
    {
        var compilation = CSharpCompilation.Create("Plain", [CSharpSyntaxTree.ParseText("class C { }")], Net100.References.All);

        Assert.Null(Symbols.TwisterType(compilation, KnownNames.ConnectorStore));
    }
}
