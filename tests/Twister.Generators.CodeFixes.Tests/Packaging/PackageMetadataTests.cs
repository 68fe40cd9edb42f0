using System.IO.Compression;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using System.Xml.Linq;

namespace Twister.Generators.CodeFixes.Tests.Packaging;

/// <summary>
/// What nuget.org and an IDE show of each package: licence, readme, repository, tags, description, the
/// target-framework check, and a symbol package whose PDBs belong to the packed assemblies.
/// </summary>
[Collection(PackedFeedCollection.Name)]
public sealed class PackageMetadataTests(PackedFeed packages)
{
    private const string CanonicalUrl = "https://github.com/twister-dotnet/twister";

    [Theory]
    [InlineData("Twister", "runtime")]
    [InlineData("Twister.Generators", "source-generator")]
    [InlineData("Twister.Hosting", "hosting")]
    [InlineData("Twister.Testing", "testing")]
    public async Task Nuspec_carries_licence_readme_repository_tags_and_description(string id, string ownTag)
    {
        using var package = ZipFile.OpenRead(packages.PackagePath(id));
        var metadata = ReadNuspecMetadata(package, id);

        Assert.Equal(id, Element(metadata, "id"));
        Assert.Equal(PackedFeed.Version, Element(metadata, "version"));
        Assert.Equal(ProjectDescription(id), Element(metadata, "description"));

        var license = metadata.Element(metadata.Name.Namespace + "license")!;
        Assert.Equal("expression", license.Attribute("type")?.Value);
        Assert.Equal("MIT", license.Value);

        var readme = Element(metadata, "readme");
        var readmeText = PackageEntries.ReadText(package, readme);
        Assert.StartsWith($"# {id}\n", readmeText);
        Assert.Equal(File.ReadAllText(Path.Combine(packages.Repository, "src", id, "README.md")), readmeText);

        Assert.Equal(CanonicalUrl, Element(metadata, "projectUrl"));
        var repository = metadata.Element(metadata.Name.Namespace + "repository")!;
        Assert.Equal("git", repository.Attribute("type")?.Value);
        Assert.Equal(CanonicalUrl, repository.Attribute("url")?.Value);
        Assert.Equal(await HeadCommitAsync(), repository.Attribute("commit")?.Value);

        var tags = Element(metadata, "tags").Split(' ');
        Assert.Contains("twister", tags);
        Assert.Contains("connectors", tags);
        Assert.Contains(ownTag, tags);
    }

    [Theory]
    [MemberData(nameof(PackageIds))]
    public void Package_carries_the_target_framework_check_under_its_own_name(string id)
    {
        using var package = ZipFile.OpenRead(packages.PackagePath(id));
        var check = PackageEntries.ReadText(package, $"buildTransitive/{id}.targets");
        Assert.Equal(File.ReadAllText(Path.Combine(packages.Repository, "src/Twister/buildTransitive/Twister.targets")), check);
    }

    [Theory]
    [MemberData(nameof(PackageIds))]
    public void Symbol_package_holds_the_portable_pdb_of_every_packed_assembly(string id)
    {
        Assert.True(File.Exists(packages.SymbolPackagePath(id)), $"{id}: no .snupkg beside the .nupkg");
        using var package = ZipFile.OpenRead(packages.PackagePath(id));
        using var symbols = ZipFile.OpenRead(packages.SymbolPackagePath(id));

        var assemblies = package.Entries.Where(e => e.FullName.EndsWith(".dll", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(assemblies);
        Assert.DoesNotContain(package.Entries, e => e.FullName.EndsWith(".pdb", StringComparison.Ordinal));
        foreach (var assembly in assemblies)
        {
            var pdbName = Path.ChangeExtension(assembly.FullName, ".pdb");
            var pdb = symbols.GetEntry(pdbName);
            Assert.True(pdb is not null, $"{id}: {pdbName} missing from the symbol package");
            Assert.Equal(CodeViewGuid(assembly), PdbId(pdb));
        }
    }

    public static TheoryData<string> PackageIds() => new(PackedFeed.PackageIds);

    private static XElement ReadNuspecMetadata(ZipArchive package, string id)
    {
        using var stream = package.GetEntry($"{id}.nuspec")!.Open();
        var nuspec = XDocument.Load(stream);
        return nuspec.Root!.Element(nuspec.Root.Name.Namespace + "metadata")!;
    }

    private static string Element(XElement metadata, string name)
        => metadata.Element(metadata.Name.Namespace + name)?.Value ?? throw new Xunit.Sdk.XunitException($"nuspec has no <{name}>");

    private string ProjectDescription(string id)
        => XDocument.Load(Path.Combine(packages.Repository, "src", id, id + ".csproj")).Descendants("Description").Single().Value;

    private async Task<string> HeadCommitAsync()
    {
        var (exit, output) = await ExternalProcess.GitAsync(packages.Repository, "rev-parse", "HEAD");
        Assert.True(exit == 0, output);
        return output.Trim();
    }

    private static Guid CodeViewGuid(ZipArchiveEntry assembly)
    {
        using var image = new PEReader(PackageEntries.ReadSeekable(assembly));
        var codeView = image.ReadDebugDirectory().Single(e => e.Type == DebugDirectoryEntryType.CodeView);
        return image.ReadCodeViewDebugDirectoryData(codeView).Guid;
    }

    private static Guid PdbId(ZipArchiveEntry pdb)
    {
        using var provider = MetadataReaderProvider.FromPortablePdbStream(PackageEntries.ReadSeekable(pdb));
        return new BlobContentId(provider.GetMetadataReader().DebugMetadataHeader!.Id).Guid;
    }
}
