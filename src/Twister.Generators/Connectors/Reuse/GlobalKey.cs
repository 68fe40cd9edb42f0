using System;
using System.Linq;

namespace Twister.Generators.Connectors.Reuse;

/// <summary>
/// What every connector depends on whatever it names: the assembly name, the compilation options and
/// metadata references (by object identity: the IDE keeps these objects while they are unchanged), and
/// the trees whose <c>global using</c>s or assembly/module attributes reach every file.
/// </summary>
internal sealed class GlobalKey : IEquatable<GlobalKey>
{
    public GlobalKey(string? assemblyName, long optionsId, long[] referenceIds, long[] globalTreeIds)
    {
        AssemblyName = assemblyName;
        OptionsId = optionsId;
        ReferenceIds = referenceIds;
        GlobalTreeIds = globalTreeIds;
    }

    public string? AssemblyName { get; }

    public long OptionsId { get; }

    /// <summary>In the compilation's reference order (order affects which duplicate type wins).</summary>
    public long[] ReferenceIds { get; }

    /// <summary>Sorted.</summary>
    public long[] GlobalTreeIds { get; }

    public bool Equals(GlobalKey? other)
        => ReferenceEquals(this, other)
           || (other is not null
               && string.Equals(AssemblyName, other.AssemblyName, StringComparison.Ordinal)
               && OptionsId == other.OptionsId
               && ReferenceIds.SequenceEqual(other.ReferenceIds)
               && GlobalTreeIds.SequenceEqual(other.GlobalTreeIds));

    public override bool Equals(object? obj) => Equals(obj as GlobalKey);

    public override int GetHashCode() => unchecked((int)OptionsId ^ ReferenceIds.Length ^ GlobalTreeIds.Length);
}
