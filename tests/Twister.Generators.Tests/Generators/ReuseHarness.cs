using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;
using Twister.Generators.Connectors;
using Twister.Generators.Tests.Infrastructure;
using Twister.Runtime;

namespace Twister.Generators.Tests.Generators;

/// <summary>
/// Runs one <see cref="ConnectorGenerator"/> instance over a compilation and then over an edited one, as
/// the IDE does, and checks the incremental result against a fresh generator's (which reuses nothing).
/// </summary>
internal sealed class ReuseHarness
{
    public const string Overrides = """
            public override Task<IReadOnlyList<Channel>> GetChannelsAsync(Authorization a, AuthToken t, CancellationToken ct) => Task.FromResult<IReadOnlyList<Channel>>([]);
            public override Task OnChannelEnabledAsync(Channel channel, CancellationToken ct) => Task.CompletedTask;
        """;

    private GeneratorDriver _driver;

    public ReuseHarness(params string[] sources)
    {
        Compilation = TestCompilation.Create([.. sources.Select(s => TestSources.Usings + s)]);
        _driver = GeneratorHarness.CreateDriver(Generator).RunGenerators(Compilation);
        Files = FilesOf(_driver);
    }

    public ConnectorGenerator Generator { get; } = new();

    /// <summary>The compilation of the last run (before generated files).</summary>
    public Compilation Compilation { get; private set; }

    /// <summary>The generated files of the last run, by hint name.</summary>
    public IReadOnlyDictionary<string, string> Files { get; private set; }

    /// <summary>The compilation of the last run with its generated files.</summary>
    public Compilation Output { get; private set; } = null!;

    /// <summary>Re-runs the same driver on <paramref name="edit"/>'s result; asserts it equals a cold run and returns the previous files.</summary>
    public IReadOnlyDictionary<string, string> Run(Func<Compilation, Compilation> edit)
    {
        var before = Files;
        Compilation = edit(Compilation);
        _driver = _driver.RunGeneratorsAndUpdateCompilation(Compilation, out var output, out _);
        Output = output;
        Files = FilesOf(_driver);
        var cold = FilesOf(GeneratorHarness.CreateDriver(new ConnectorGenerator()).RunGenerators(Compilation));
        Assert.Equal(cold.OrderBy(f => f.Key, StringComparer.Ordinal), Files.OrderBy(f => f.Key, StringComparer.Ordinal));
        return before;
    }

    /// <summary>Like <see cref="Run"/>, and asserts that the edit changed the generated files.</summary>
    public void RunChanged(Func<Compilation, Compilation> edit)
    {
        var before = Run(edit);
        Assert.NotEqual(before.OrderBy(f => f.Key, StringComparer.Ordinal), Files.OrderBy(f => f.Key, StringComparer.Ordinal));
    }

    /// <summary>The one generated file whose hint name contains <paramref name="className"/>.</summary>
    public string File(string className) => Assert.Single(Files, f => f.Key.Contains(className, StringComparison.Ordinal)).Value;

    /// <summary>Emits the last output and returns a runtime for the connector <paramref name="typeName"/>.</summary>
    public TestRuntime Load(string typeName)
    {
        var type = GeneratorHarness.EmitAndLoad(Output).GetType(typeName, throwOnError: true)!;
        // Test-side reflection only: it stands in for a host that references the connector statically.
        return new TestRuntime((ConnectorDescriptor)type.GetProperty("Descriptor")!.GetValue(null)!);
    }

    /// <summary>Adds a file of exactly <paramref name="source"/> (without the usual usings, so it may hold global usings).</summary>
    public static Func<Compilation, Compilation> Add(string source, string path = "Added.cs")
        => c => c.AddSyntaxTrees(CSharpSyntaxTree.ParseText(source, TestCompilation.ParseOptions, path: path));

    /// <summary>Replaces the text of the i-th source given to the constructor.</summary>
    public static Func<Compilation, Compilation> Replace(int index, string source)
        => c =>
        {
            var tree = c.SyntaxTrees.Single(t => t.FilePath == $"Source{index}.cs");
            return c.ReplaceSyntaxTree(tree, tree.WithChangedText(SourceText.From(TestSources.Usings + source)));
        };

    private static Dictionary<string, string> FilesOf(GeneratorDriver driver)
        => driver.GetRunResult().Results.SelectMany(r => r.GeneratedSources).ToDictionary(s => s.HintName, s => s.SourceText.ToString(), StringComparer.Ordinal);
}
