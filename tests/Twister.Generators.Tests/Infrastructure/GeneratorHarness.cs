using System.Reflection;
using System.Runtime.Loader;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Twister.Generators.Tests.Infrastructure;

/// <summary>Runs incremental generators over a compilation and turns the result into a loaded assembly.</summary>
public static class GeneratorHarness
{
    /// <summary>A driver for <paramref name="generators"/> with step tracking on.</summary>
    public static GeneratorDriver CreateDriver(params IIncrementalGenerator[] generators)
        => CSharpGeneratorDriver.Create(
            generators.Select(GeneratorExtensions.AsSourceGenerator),
            parseOptions: TestCompilation.ParseOptions,
            driverOptions: new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true));

    /// <summary>Runs <paramref name="generators"/> and returns the updated compilation and the generated files by hint name.</summary>
    public static (Compilation Output, IReadOnlyDictionary<string, string> Files) Run(Compilation input, params IIncrementalGenerator[] generators)
    {
        var driver = CreateDriver(generators).RunGeneratorsAndUpdateCompilation(input, out var output, out var diagnostics);
        Assert.Empty(diagnostics);
        var files = driver.GetRunResult().Results
            .SelectMany(r => r.GeneratedSources)
            .ToDictionary(s => s.HintName, s => s.SourceText.ToString(), StringComparer.Ordinal);
        return (output, files);
    }

    /// <summary>Emits <paramref name="compilation"/> (which must have no warning or error) and loads it in a collectible context.</summary>
    public static Assembly EmitAndLoad(Compilation compilation)
    {
        using var stream = new MemoryStream();
        var result = compilation.Emit(stream);
        var problems = TestCompilation.Describe(result.Diagnostics);
        Assert.True(result.Success && problems.Length == 0, problems);
        stream.Position = 0;
        // Twister.dll resolves from the default context, so generated code and tests share its types.
        return new AssemblyLoadContext(compilation.AssemblyName, isCollectible: true).LoadFromStream(stream);
    }
}
