using Microsoft.CodeAnalysis.CSharp;
using Twister.Generators.Connectors.Reuse;
using Twister.Generators.Tests.Infrastructure;

namespace Twister.Generators.Tests.Generators;

/// <summary>What the reuse cache reads from one syntax tree, without binding.</summary>
public sealed class TreeSummaryTests
{
    [Fact]
    public void Declared_names_map_to_the_names_their_declarations_reference()
    {
        var summary = Summarise("""
            using Lib.Models;
            namespace App.Inner;
            [Marker] public sealed partial class Shop : Base { public Item Make() => Factory.Create(); private const int Size = Limits.Max; }
            public sealed record Order(Item Line, int Count);
            public enum Level { Low = Limits.Min }
            """);

        Assert.Equal(["Base", "Factory", "Item", "Limits", "Marker", "MarkerAttribute", "Create", "Max"], summary.Declarations["Shop"], SetComparer);
        Assert.Equal(["Create", "Factory", "Item"], summary.Declarations["Make"], SetComparer);
        Assert.Equal(["Limits", "Max"], summary.Declarations["Size"], SetComparer);
        Assert.Equal(["Item"], summary.Declarations["Line"], SetComparer);
        Assert.Contains("Low", summary.Declarations.Keys);
        Assert.Equal(["Lib", "Models"], summary.FileReferences, SetComparer);
        Assert.Equal(["App", "App.Inner"], summary.Namespaces, SetComparer);
        Assert.DoesNotContain("Inner", summary.Declarations.Values.SelectMany(v => v)); // namespace names are not references
        Assert.Single(summary.Candidates);
        Assert.False(summary.HasGlobalEffects);
    }

    [Theory]
    [InlineData("global using Lib;")]
    [InlineData("[assembly: System.Reflection.AssemblyMetadata(\"a\", \"b\")]")]
    public void Global_usings_and_assembly_attributes_are_global_effects(string source)
        => Assert.True(Summarise(source).HasGlobalEffects);

    [Fact]
    public void A_tree_is_summarised_once()
    {
        var tree = CSharpSyntaxTree.ParseText("class A;", TestCompilation.ParseOptions);

        Assert.Same(TreeSummary.Of(tree, default), TreeSummary.Of(tree, default));
        Assert.NotEqual(TreeSummary.Of(tree, default).Id, TreeSummary.Of(tree.WithChangedText(Microsoft.CodeAnalysis.Text.SourceText.From("class B;")), default).Id);
    }

    private static readonly IEqualityComparer<IEnumerable<string>> SetComparer = new SetEquality();

    private static TreeSummary Summarise(string source) => TreeSummary.Of(CSharpSyntaxTree.ParseText(source, TestCompilation.ParseOptions), default);

    private sealed class SetEquality : IEqualityComparer<IEnumerable<string>>
    {
        public bool Equals(IEnumerable<string>? x, IEnumerable<string>? y) => x is not null && y is not null && x.ToHashSet(StringComparer.Ordinal).SetEquals(y);

        public int GetHashCode(IEnumerable<string> obj) => 0;
    }
}
