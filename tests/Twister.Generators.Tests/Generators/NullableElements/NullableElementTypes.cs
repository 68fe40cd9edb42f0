namespace Twister.Generators.Tests.Generators.NullableElements;

// Types defined here, in the test assembly, are referenced by a compiled test connector, so the
// generated serializers and System.Text.Json serialize the very same CLR values.

public enum NullableMood { Calm, Busy }

public sealed record NullableComment(string Body, string? Author);

/// <summary>A record whose collections and dictionaries declare nullable elements, reference and value, nested.</summary>
public sealed record NullableElementRecord(
    List<string?> Names, string?[] Labels, HashSet<Guid?> Ids, Dictionary<string, string?> Fields,
    Dictionary<string, NullableComment?> Comments, List<List<string?>> Rows, IReadOnlyList<int?> Scores,
    List<NullableComment?>? Thread, NullableMood?[] Moods, IReadOnlyDictionary<string, List<NullableComment?>?> Nested,
    IReadOnlySet<string?> Tags, List<Uri?> Links);

/// <summary>A class with settable members of the same kinds.</summary>
public sealed class NullableElementClass
{
    public List<string?> Names { get; set; } = [];
    public Dictionary<string, NullableComment?>? Comments { get; set; }
    public List<List<string?>?> Rows { get; set; } = [];
    public IReadOnlyList<int?>? Scores { get; set; }
    public string?[]? Labels { get; set; }
}
