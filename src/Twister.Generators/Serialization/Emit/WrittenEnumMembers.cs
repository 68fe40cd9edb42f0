using System;
using System.Collections.Generic;
using System.Linq;
using Twister.Generators.Serialization.Model;

namespace Twister.Generators.Serialization.Emit;

/// <summary>The enum members whose names are written: one per value, the first declared (aliases share a value).</summary>
internal static class WrittenEnumMembers
{
    /// <summary>The written members of the enum <paramref name="shape"/>, in declaration order.</summary>
    public static IEnumerable<EnumMemberShape> Of(TypeShape shape)
        => shape.EnumMembers.GroupBy(m => m.Value, StringComparer.Ordinal).Select(g => g.First());
}
