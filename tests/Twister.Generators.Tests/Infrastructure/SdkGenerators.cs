using System.Reflection;
using Microsoft.CodeAnalysis;

namespace Twister.Generators.Tests.Infrastructure;

/// <summary>Source generators that ship with the .NET SDK, for compiling samples that use them.</summary>
public static class SdkGenerators
{
    private static readonly Lazy<IIncrementalGenerator> Json = new(LoadSystemTextJson);

    /// <summary>The System.Text.Json source generator of the installed targeting pack.</summary>
    public static IIncrementalGenerator SystemTextJson => Json.Value;

    private static IIncrementalGenerator LoadSystemTextJson()
    {
        var packs = Path.Combine(Path.GetDirectoryName(typeof(object).Assembly.Location)!, "..", "..", "..", "packs", "Microsoft.NETCore.App.Ref");
        var version = Directory.GetDirectories(packs).Select(Path.GetFileName).OrderByDescending(v => Version.Parse(v!.Split('-')[0])).First();
        var path = Path.GetFullPath(Path.Combine(packs, version!, "analyzers", "dotnet", "cs", "System.Text.Json.SourceGeneration.dll"));
        var type = Assembly.LoadFrom(path).GetTypes().Single(t => typeof(IIncrementalGenerator).IsAssignableFrom(t) && !t.IsAbstract);
        return (IIncrementalGenerator)Activator.CreateInstance(type)!;
    }
}
