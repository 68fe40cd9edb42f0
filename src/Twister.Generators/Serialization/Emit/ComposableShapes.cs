using System;
using System.Collections.Generic;
using System.Linq;
using Twister.Generators.Serialization.Model;

namespace Twister.Generators.Serialization.Emit;

/// <summary>
/// Decides which shapes get a <c>Compose</c> method (see <c>Twister.Serialization.Utf8JsonComposer</c>):
/// those whose every byte the composer can produce exactly as <c>Utf8JsonWriter</c> would. Property
/// and enum names must need no escaping (they become UTF-8 literals), primitives must have a composer
/// method, and every member, element or value type must be composable in turn.
/// </summary>
internal static class ComposableShapes
{
    /// <summary>Primitives the composer formats exactly as the writer does (<c>BuiltInSerializers</c> names).</summary>
    private static readonly HashSet<string> ComposableBuiltIns = new(StringComparer.Ordinal)
    {
        "String", "Boolean", "Byte", "SByte", "Int16", "UInt16", "Int32", "UInt32", "Int64", "UInt64",
        "Single", "Double", "Decimal", "Guid", "DateTime", "DateTimeOffset", "Uri",
    };

    /// <summary>The fully qualified names of the composable shapes among <paramref name="shapes"/>.</summary>
    public static HashSet<string> Find(IReadOnlyDictionary<string, TypeShape> shapes)
    {
        // Greatest fixpoint: assume every locally composable shape is composable, then drop those that
        // depend on a dropped one until nothing changes (recursive types stay composable).
        var composable = new HashSet<string>(shapes.Values.Where(IsLocallyComposable).Select(s => s.FullyQualifiedName), StringComparer.Ordinal);
        bool changed;
        do
        {
            changed = false;
            foreach (var shape in shapes.Values)
            {
                if (composable.Contains(shape.FullyQualifiedName) && !Dependencies(shape).All(composable.Contains))
                {
                    composable.Remove(shape.FullyQualifiedName);
                    changed = true;
                }
            }
        }
        while (changed);
        return composable;
    }

    /// <summary>Whether <paramref name="name"/> is written by the default encoder exactly as it is (so it can be a UTF-8 literal).</summary>
    public static bool NeedsNoEscaping(string name)
        => name.All(c => c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or (>= '0' and <= '9') or '_' or '-' or '.' or '$');

    private static bool IsLocallyComposable(TypeShape shape) => shape.Kind switch
    {
        TypeShapeKind.BuiltIn => ComposableBuiltIns.Contains(shape.BuiltInName!),
        TypeShapeKind.Enum => shape.EnumMembers.All(m => NeedsNoEscaping(m.Name)),
        TypeShapeKind.Object => shape.Members.All(m => NeedsNoEscaping(m.JsonName)),
        _ => true,
    };

    private static IEnumerable<string> Dependencies(TypeShape shape) => shape.Kind switch
    {
        TypeShapeKind.Object => shape.Members.Select(m => m.TypeFullyQualifiedName),
        TypeShapeKind.BuiltIn or TypeShapeKind.Enum => [],
        _ => [shape.ElementType!],
    };
}
