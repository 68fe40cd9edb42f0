namespace Twister.Generators.CodeFixes.Tests.Packaging;

/// <summary>
/// Every package of the repository packed once (Release) into a folder feed under a temporary root,
/// with a <c>nuget.config</c> there that serves the feed and keeps a private packages folder (a
/// re-packed 0.1.0 is never served from a stale global cache). Consumer projects go under <see cref="Root"/>.
/// </summary>
public sealed class PackedFeed : IAsyncLifetime
{
    /// <summary>The packable projects, by package id (each lives at <c>src/&lt;id&gt;/&lt;id&gt;.csproj</c>).</summary>
    public static readonly string[] PackageIds = ["Twister", "Twister.Generators", "Twister.Hosting", "Twister.Testing"];

    public const string Version = "0.1.0";

    public string Root { get; } = Path.Combine(Path.GetTempPath(), "twister-packages-" + Guid.NewGuid().ToString("N"));

    public string Feed => Path.Combine(Root, "feed");

    public string Repository { get; } = FindRepositoryRoot();

    public string PackagePath(string id) => Path.Combine(Feed, $"{id}.{Version}.nupkg");

    public string SymbolPackagePath(string id) => Path.Combine(Feed, $"{id}.{Version}.snupkg");

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(Root);
        await PackAsync(PackageIds);
        File.WriteAllText(Path.Combine(Root, "nuget.config"), $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <config><add key="globalPackagesFolder" value="packages" /></config>
              <packageSources>
                <clear />
                <add key="local" value="{Feed}" />
                <add key="nuget.org" value="https://api.nuget.org/v3/index.json" />
              </packageSources>
            </configuration>
            """);
    }

    /// <summary>
    /// Packs <c>src/&lt;id&gt;/&lt;id&gt;.csproj</c> for each of <paramref name="ids"/> into <see cref="Feed"/>. Test
    /// projects run in parallel processes and pack the same projects: a lock file in the temporary folder keeps
    /// two packs from building into one <c>bin/Release</c> at once.
    /// </summary>
    public async Task PackAsync(IEnumerable<string> ids)
    {
        using var gate = await AcquirePackLockAsync();
        foreach (var id in ids)
        {
            var (exit, output) = await ExternalProcess.DotnetAsync(Repository, "pack", $"src/{id}/{id}.csproj", "-c", "Release", "-o", Feed);
            if (exit != 0) throw new InvalidOperationException($"dotnet pack {id} failed:\n{output}");
        }
    }

    private static async Task<FileStream> AcquirePackLockAsync()
    {
        var path = Path.Combine(Path.GetTempPath(), "twister-pack.lock");
        while (true)
        {
            try
            {
                return new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
            }
            catch (IOException)
            {
                await Task.Delay(TimeSpan.FromMilliseconds(500));
            }
        }
    }

    /// <summary>A new empty folder under <see cref="Root"/> for one consumer project.</summary>
    public string NewProjectFolder(string name)
    {
        var folder = Path.Combine(Root, name);
        Directory.CreateDirectory(folder);
        return folder;
    }

    public Task DisposeAsync()
    {
        if (Directory.Exists(Root)) Directory.Delete(Root, recursive: true);
        return Task.CompletedTask;
    }

    public static string FindRepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Twister.Generators.sln"))) return directory.FullName;
        }
        throw new InvalidOperationException("Twister.Generators.sln not found above " + AppContext.BaseDirectory);
    }
}

/// <summary>The tests that share one <see cref="PackedFeed"/> (packing every package takes a while; do it once).</summary>
[CollectionDefinition(Name)]
public sealed class PackedFeedCollection : ICollectionFixture<PackedFeed>
{
    public const string Name = "Packed feed";
}
