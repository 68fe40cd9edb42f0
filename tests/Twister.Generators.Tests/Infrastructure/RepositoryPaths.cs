using System.Runtime.CompilerServices;

namespace Twister.Generators.Tests.Infrastructure;

/// <summary>Finds files of the repository the tests were built from.</summary>
public static class RepositoryPaths
{
    /// <summary>The repository root (the folder holding <c>Twister.Generators.sln</c>).</summary>
    public static string Root([CallerFilePath] string callerFile = "")
    {
        for (var dir = Path.GetDirectoryName(callerFile); dir is not null; dir = Path.GetDirectoryName(dir))
        {
            if (File.Exists(Path.Combine(dir, "Twister.Generators.sln"))) return dir;
        }
        throw new InvalidOperationException("Twister.Generators.sln not found above " + callerFile);
    }
}
