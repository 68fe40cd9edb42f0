using Twister.Generators.Tests.Infrastructure;

namespace Twister.Generators.Tests.Generators;

/// <summary>The C# sources of <c>samples/Twister.Samples.Linear</c>, read from the repository.</summary>
internal static class SampleSources
{
    public static string[] Read()
    {
        var folder = Path.Combine(RepositoryPaths.Root(), "samples", "Twister.Samples.Linear");
        return [ImplicitUsings.Sdk, .. Directory.EnumerateFiles(folder, "*.cs", SearchOption.AllDirectories)
            .Where(path => !path.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                        && !path.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(File.ReadAllText)];
    }
}
