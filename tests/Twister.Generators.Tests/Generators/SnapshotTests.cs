using Twister.Generators.Connectors;
using Twister.Generators.LinkTypes;
using Twister.Generators.Tests.Infrastructure;

namespace Twister.Generators.Tests.Generators;

/// <summary>
/// Generated files compared with approved snapshots in <c>Snapshots/</c>. A difference, a missing
/// approved file and an approved file no case produces all fail; <c>TWISTER_UPDATE_SNAPSHOTS=1</c> rewrites them.
/// </summary>
public sealed class SnapshotTests
{
    public static TheoryData<string> Cases => [.. Sources().Keys];

    [Theory]
    [MemberData(nameof(Cases))]
    public void Generated_files_match_the_approved_snapshots(string name)
    {
        var files = Generate(Sources()[name]);
        Assert.NotEmpty(files);
        foreach (var (hintName, text) in files) Snapshot.Match(Snapshot.Folder(), SnapshotName(hintName), text);
    }

    [Fact]
    public void Every_approved_snapshot_belongs_to_a_case()
    {
        var produced = Sources().Values.SelectMany(sources => Generate(sources).Keys).Select(SnapshotName);

        Assert.Empty(Snapshot.Orphans(Snapshot.Folder(), produced));
    }

    [Fact]
    public void Generation_is_deterministic()
    {
        var sources = Sources()["Kinds"];
        Assert.Equal(Generate(sources), Generate(sources));
    }

    internal static Dictionary<string, string[]> Sources() => new(StringComparer.Ordinal)
    {
        ["Kinds"] = [TestSources.Kinds],
        ["Versioned"] = [TestSources.VersionTwo],
        ["LinkType"] = [TestSources.LinkType],
        ["Options"] = [TestSources.Options],
        ["LinearSample"] = SampleSources.Read(),
    };

    private static IReadOnlyDictionary<string, string> Generate(string[] sources)
        => GeneratorHarness.Run(TestCompilation.Create(sources), new ConnectorGenerator(), new LinkTypeGenerator()).Files;

    private static string SnapshotName(string hintName) => hintName.EndsWith(".g.cs", StringComparison.Ordinal) ? hintName[..^".g.cs".Length] : hintName;
}
