using System.Collections.Immutable;
using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Twister.Generators.Analyzers.Shape;
using Twister.Generators.Connectors;
using Twister.Generators.Tests.Infrastructure;

namespace Twister.Generators.Tests.Generators;

/// <summary>
/// The generator binds exactly the options classes TWIST0008 leaves alone (one shared definition,
/// <c>OptionsDeclaration</c>, decides for both); a connector with invalid options is still generated, without
/// options. The generated <c>Options</c>/<c>OptionsFrom</c> are as visible as <c>Tools</c> and their type allow.
/// </summary>
public sealed class OptionsDeclarationTests
{
    public static TheoryData<string, bool> Declarations => new()
    {
        { """public sealed class Opts { [Option("A")] public int A { get; init; } = 1; }""", true },
        { """public sealed class Opts { }""", true },
        { """public class Base { [Option("A")] public bool A { get; set; } } public sealed class Opts : Base { [Option("B")] public bool B { get; set; } }""", true },
        { """public struct Opts { [Option("A")] public int A { get; set; } }""", false },
        { """public abstract class Opts { [Option("A")] public int A { get; set; } }""", false },
        { """public sealed class Opts(int a) { [Option("A")] public int A { get; set; } = a; }""", false },
        { """public sealed class Opts { [Option("A")] public float A { get; set; } }""", false },
        { """public sealed class Opts { [Option("A")] public required int A { get; init; } }""", true },
        { """public sealed class Opts { [Option("A")] public int A { get; init; } public required string Other { get; init; } }""", false },
        { """public class GenericBase<T> { [Option("A")] public T A { get; set; } = default!; } public sealed class Opts : GenericBase<int> { }""", false },
        { """public sealed class Opts { [Option("A")] public int A { get; } }""", false },
        { """public sealed class Opts { [Option("A", Choices = ["x"])] public int A { get; set; } }""", false },
        { """public sealed class Opts { [Option("A", Min = 1)] public string A { get; set; } = ""; }""", false },
        { """public sealed class Opts { [Option("A", Min = 5, Max = 1)] public int A { get; set; } = 3; }""", false },
        { """public sealed class Opts { [Option("A", Choices = ["x", "y"])] public string A { get; set; } = "z"; }""", false },
        { """public sealed class Opts { [Option("A", Secret = true)] public bool A { get; set; } }""", false },
        { """public sealed class Opts { [Option("A", Key = "k")] public int A { get; set; } [Option("B", Key = "k")] public int B { get; set; } }""", false },
        { """public class Base { [Option("A")] public bool A { get; set; } } public sealed class Opts : Base { [Option("B", Key = "a")] public bool B { get; set; } }""", false },
        { """public class Base { [Option("A")] public long A { get; set; } = DateTime.Now.Ticks; } public sealed class Opts : Base { }""", false },
    };

    [Theory]
    [MemberData(nameof(Declarations))]
    public async Task The_generator_binds_exactly_the_options_TWIST0008_leaves_alone(string options, bool valid)
    {
        var compilation = TestCompilation.Create(Connector("Opts") + options);

        Assert.Equal(!valid, await ReportsTwist0008(compilation));
        Assert.Equal(valid, GeneratesOptions(compilation));
        GeneratorHarness.EmitAndLoad(GeneratorHarness.Run(compilation, new ConnectorGenerator()).Output); // compiles either way, without warnings
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Options_declared_in_another_assembly_are_TWIST0008_and_not_bound(bool projectReference)
    {
        // A project reference in the IDE is a compilation reference: its symbols have syntax, in another compilation.
        var library = TestCompilation.Create(TestSources.Usings + """namespace Lib; public sealed class Opts { [Option("A")] public int A { get; set; } = 5; }""");
        var reference = projectReference ? library.ToMetadataReference() : ImageOf(library);
        var compilation = TestCompilation.Create(Connector("Lib.Opts")).AddReferences(reference);

        Assert.True(await ReportsTwist0008(compilation));
        Assert.False(GeneratesOptions(compilation));
    }

    [Theory]
    [InlineData("public sealed", "public", "Private")]
    [InlineData("public", "public", "Family")]
    [InlineData("public", "internal", "FamANDAssem")]
    [InlineData("internal", "internal", "Family")]
    [InlineData("internal", "public", "Family")]
    public void Options_and_OptionsFrom_are_protected_or_private_like_Tools_and_never_more_visible_than_their_type(string connector, string options, string expected)
    {
        var source = Connector("Opts", connector) + options + """ sealed class Opts { [Option("A")] public int A { get; set; } = 7; }""";
        var type = CompiledConnector.Build(source, "Demo.OptionsConnector").Type;

        const BindingFlags NonPublic = BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static;
        Assert.Equal(expected, (type.GetProperty("Options", NonPublic)!.GetMethod!.Attributes & MethodAttributes.MemberAccessMask).ToString());
        Assert.Equal(expected, (type.GetMethod("OptionsFrom", NonPublic)!.Attributes & MethodAttributes.MemberAccessMask).ToString());
    }

    private static string Connector(string optionsType, string modifiers = "public sealed") => TestSources.Usings + $$"""
        namespace Demo;

        [Connector("options", Options = typeof({{optionsType}}))]
        {{modifiers}} partial class OptionsConnector : Connector<OptionsConnector>
        {
            public override Task<IReadOnlyList<Channel>> GetChannelsAsync(Authorization authorization, AuthToken token, CancellationToken ct) => Task.FromResult<IReadOnlyList<Channel>>([]);
            public override Task OnChannelEnabledAsync(Channel channel, CancellationToken ct) => Task.CompletedTask;
        }

        """;

    private static MetadataReference ImageOf(Compilation library)
    {
        using var image = new MemoryStream();
        Assert.True(library.Emit(image).Success);
        return MetadataReference.CreateFromImage(image.ToArray());
    }

    private static async Task<bool> ReportsTwist0008(Compilation compilation)
    {
        var diagnostics = await compilation.WithAnalyzers(ImmutableArray.Create<DiagnosticAnalyzer>(new ConnectorOptionsAnalyzer())).GetAnalyzerDiagnosticsAsync();
        return diagnostics.Any(d => d.Id == "TWIST0008");
    }

    // The connector is generated either way; only its options depend on the declaration.
    private static bool GeneratesOptions(Compilation compilation)
    {
        var generated = Assert.Single(GeneratorHarness.Run(compilation, new ConnectorGenerator()).Files).Value;
        return generated.Contains("BindOptions(", StringComparison.Ordinal);
    }
}
