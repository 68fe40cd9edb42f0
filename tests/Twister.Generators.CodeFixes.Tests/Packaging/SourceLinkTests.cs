using System.IO.Compression;
using System.Reflection.Metadata;

namespace Twister.Generators.CodeFixes.Tests.Packaging;

/// <summary>
/// SourceLink comes with the .NET SDK (no package): built from a clone whose remote is on GitHub, a
/// package's PDB maps every source file to that commit on raw.githubusercontent.com. This repository's
/// own checkout may have no such remote, so the test packs from a fresh clone that has one.
/// </summary>
public sealed class SourceLinkTests : IAsyncLifetime
{
    private static readonly Guid SourceLinkKind = new("CC110556-A091-4D38-9FEC-25AB9A351A6A");

    private readonly string _root = Path.Combine(Path.GetTempPath(), "twister-sourcelink-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public async Task Pdb_in_the_symbol_package_links_sources_to_the_commit_on_GitHub()
    {
        var clone = Path.Combine(_root, "clone");
        await Git(_root, "clone", "--quiet", PackedFeed.FindRepositoryRoot(), clone);
        await Git(clone, "remote", "set-url", "origin", "https://github.com/twister-dotnet/twister.git");
        var commit = (await Git(clone, "rev-parse", "HEAD")).Trim();

        var feed = Path.Combine(_root, "feed");
        var (exit, output) = await ExternalProcess.DotnetAsync(clone, "pack", "src/Twister/Twister.csproj", "-c", "Release", "-o", feed);
        Assert.True(exit == 0, output);

        using var symbols = ZipFile.OpenRead(Path.Combine(feed, $"Twister.{PackedFeed.Version}.snupkg"));
        var sourceLink = ReadSourceLink(symbols.GetEntry("lib/net10.0/Twister.pdb")!);
        Assert.Contains($"\"https://raw.githubusercontent.com/twister-dotnet/twister/{commit}/*\"", sourceLink);
    }

    public Task InitializeAsync()
    {
        Directory.CreateDirectory(_root);
        return Task.CompletedTask;
    }

    public Task DisposeAsync()
    {
        if (Directory.Exists(_root)) Directory.Delete(_root, recursive: true);
        return Task.CompletedTask;
    }

    private static async Task<string> Git(string workingDirectory, params string[] arguments)
    {
        var (exit, output) = await ExternalProcess.GitAsync(workingDirectory, arguments);
        Assert.True(exit == 0, $"git {string.Join(' ', arguments)}: {output}");
        return output;
    }

    private static string ReadSourceLink(ZipArchiveEntry pdb)
    {
        using var provider = MetadataReaderProvider.FromPortablePdbStream(PackageEntries.ReadSeekable(pdb));
        var reader = provider.GetMetadataReader();
        foreach (var handle in reader.CustomDebugInformation)
        {
            var information = reader.GetCustomDebugInformation(handle);
            if (reader.GetGuid(information.Kind) == SourceLinkKind)
                return System.Text.Encoding.UTF8.GetString(reader.GetBlobBytes(information.Value));
        }
        throw new Xunit.Sdk.XunitException("the PDB has no SourceLink information");
    }
}
