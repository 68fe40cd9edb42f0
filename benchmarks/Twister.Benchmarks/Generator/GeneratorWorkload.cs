using System.Reflection;
using System.Text;
using Basic.Reference.Assemblies;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;

namespace Twister.Benchmarks.Generator;

/// <summary>
/// Equivalent inputs for the Twister connector generator and the SDK's System.Text.Json generator:
/// N connectors, each with <see cref="CallbacksPerConnector"/> callbacks and one stored record, versus
/// N <c>JsonSerializerContext</c>s, each with the same record and the callback parameter types.
/// </summary>
public static class GeneratorWorkload
{
    /// <summary>Callbacks declared by every generated connector.</summary>
    public const int CallbacksPerConnector = 2;

    /// <summary><c>[JsonSerializable]</c> types declared by every STJ context (the record and the parameter types).</summary>
    public const int TypesPerContext = 3;

    private const string UnrelatedPath = "Unrelated.cs";

    private static readonly MetadataReference[] References =
        [.. Net100.References.All, MetadataReference.CreateFromFile(typeof(Connector<>).Assembly.Location)];

    private static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.Preview);

    /// <summary>A compilation of <paramref name="count"/> connectors plus one unrelated file.</summary>
    public static CSharpCompilation Connectors(int count) => Create(count, i => $$"""
        using System.Threading;
        using System.Threading.Tasks;
        using Twister;

        namespace Bench.C{{i}};

        public sealed record State{{i}}(string? Cursor, int Batch, bool Initial);

        [Connector("c{{i}}")]
        public sealed partial class Connector{{i}} : Connector<Connector{{i}}>
        {
            public override Task<System.Collections.Generic.IReadOnlyList<Channel>> GetChannelsAsync(Authorization a, AuthToken t, CancellationToken ct) => Task.FromResult<System.Collections.Generic.IReadOnlyList<Channel>>([]);
            public override Task OnChannelEnabledAsync(Channel channel, CancellationToken ct) => Task.CompletedTask;

            [Callback]
            private async Task Sync(string channelId, CancellationToken ct) => await Store.SetAsync("s", new State{{i}}(null, 1, true), ct);

            [Callback]
            private async Task Page(string channelId, int page, CancellationToken ct) => _ = await Store.GetAsync<State{{i}}>(channelId, ct);
        }
        """);

    /// <summary>A compilation of <paramref name="count"/> STJ contexts over the same types, plus one unrelated file.</summary>
    public static CSharpCompilation JsonContexts(int count) => Create(count, i => $$"""
        using System.Text.Json.Serialization;

        namespace Bench.J{{i}};

        public sealed record State{{i}}(string? Cursor, int Batch, bool Initial);

        [JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
        [JsonSerializable(typeof(State{{i}}))]
        [JsonSerializable(typeof(string))]
        [JsonSerializable(typeof(int))]
        internal sealed partial class Context{{i}} : JsonSerializerContext;
        """);

    /// <summary>The same compilation after an edit to the unrelated file.</summary>
    public static Compilation EditUnrelated(Compilation compilation, int version)
    {
        var tree = compilation.SyntaxTrees.Single(t => t.FilePath == UnrelatedPath);
        return compilation.ReplaceSyntaxTree(tree, tree.WithChangedText(SourceText.From(Unrelated(version), Encoding.UTF8)));
    }

    /// <summary>The SDK's System.Text.Json source generator, loaded from the targeting pack.</summary>
    public static IIncrementalGenerator LoadSystemTextJsonGenerator()
    {
        var packs = Path.Combine(Path.GetDirectoryName(typeof(object).Assembly.Location)!, "..", "..", "..", "packs", "Microsoft.NETCore.App.Ref");
        var version = Directory.GetDirectories(packs).Select(Path.GetFileName).OrderByDescending(v => Version.Parse(v!.Split('-')[0])).First();
        var path = Path.GetFullPath(Path.Combine(packs, version!, "analyzers", "dotnet", "cs", "System.Text.Json.SourceGeneration.dll"));
        var type = Assembly.LoadFrom(path).GetTypes().Single(t => typeof(IIncrementalGenerator).IsAssignableFrom(t) && !t.IsAbstract);
        return (IIncrementalGenerator)Activator.CreateInstance(type)!;
    }

    /// <summary>A driver for the given generators, as the compiler runs them (no step tracking).</summary>
    public static GeneratorDriver Driver(params IIncrementalGenerator[] generators)
        => CSharpGeneratorDriver.Create(generators.Select(g => g.AsSourceGenerator()), parseOptions: ParseOptions);

    private static CSharpCompilation Create(int count, Func<int, string> source)
        => CSharpCompilation.Create(
            "Bench",
            Enumerable.Range(0, count).Select(i => CSharpSyntaxTree.ParseText(source(i), ParseOptions, path: $"File{i}.cs"))
                .Append(CSharpSyntaxTree.ParseText(Unrelated(0), ParseOptions, path: UnrelatedPath)),
            References,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));

    private static string Unrelated(int version) => $"namespace Bench.Other; public static class Unrelated {{ public static int Value => {version}; }}";
}
