namespace Twister.Generators.Tests.Generators.WireFormat;

// Types defined here, in the test assembly, are referenced by a compiled test connector, so the
// generated serializers and System.Text.Json serialize the very same CLR values.

public enum WireLevel { Low, Medium, High }

public sealed record WireLeaf(string? Text, int Number);

public sealed record WireTree(string Name, List<WireTree>? Children);

public struct WirePoint
{
    public int X { get; set; }
    public double Y { get; set; }
}

/// <summary>Every composable kind in one record. (Collections hold nulls at run time under unannotated type arguments: null read
/// into non-nullable elements; annotated element types are covered in NullableElements/.)</summary>
public sealed record WireValues(
    string? Text, bool Flag, byte B, sbyte Sb, short S, ushort Us, int I, uint Ui, long L, ulong Ul,
    float F, double D, decimal M, Guid Id, DateTime When, DateTimeOffset At, Uri? Link,
    WireLevel Level, int? MaybeNumber, WireLevel? MaybeLevel, WirePoint Where, WirePoint? MaybeWhere,
    int[]? Numbers, List<string>? Names, List<WireLeaf>? Leaves, HashSet<long>? Unique,
    Dictionary<string, string>? Fields, IReadOnlyDictionary<string, WireLeaf>? ByName, WireTree? Root);

/// <summary>A record with a member the composer does not format (TimeSpan): always written through the writer.</summary>
public sealed record WireWithSpan(string Name, TimeSpan Span, WireLeaf Leaf);

/// <summary>An enum member name the default encoder escapes: written through the writer only.</summary>
public enum WireAccent { Plain, Café }

/// <summary>A property name the default encoder escapes (<c>größe</c>): written through the writer only.</summary>
public sealed record WireAccented(string Name, int Größe, WireAccent Accent);
