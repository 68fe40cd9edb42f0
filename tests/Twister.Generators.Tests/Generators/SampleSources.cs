using Twister.Generators.Tests.Infrastructure;

namespace Twister.Generators.Tests.Generators;

/// <summary>The C# sources of <c>samples/Twister.Samples.Linear</c>, read from the repository.</summary>
internal static class SampleSources
{
    // The sample builds with the SDK's implicit usings; a bare compilation needs them spelled out.
    private const string ImplicitUsings = """
        global using System;
        global using System.Collections.Generic;
        global using System.IO;
        global using System.Linq;
        global using System.Net.Http;
        global using System.Threading;
        global using System.Threading.Tasks;
        """;

    public static string[] Read()
    {
        var folder = Path.Combine(RepositoryPaths.Root(), "samples", "Twister.Samples.Linear");
        return [ImplicitUsings, .. Directory.EnumerateFiles(folder, "*.cs", SearchOption.AllDirectories)
            .Where(path => !path.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                        && !path.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(File.ReadAllText)];
    }
}
