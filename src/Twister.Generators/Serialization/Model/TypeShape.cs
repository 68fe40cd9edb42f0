using Twister.Generators.Common;

namespace Twister.Generators.Serialization.Model;

/// <summary>How a serializable type is written and read.</summary>
internal enum TypeShapeKind
{
    /// <summary>A primitive served by <c>Twister.Generated.BuiltInSerializers</c>.</summary>
    BuiltIn,
    /// <summary>An enum, written as its member name.</summary>
    Enum,
    /// <summary>A class, record or struct, written as a JSON object of its members.</summary>
    Object,
    /// <summary><c>Nullable&lt;T&gt;</c> of a value type.</summary>
    Nullable,
    /// <summary>A one-dimensional array.</summary>
    Array,
    /// <summary>A list or a read-only list/collection/enumerable interface (read back as <c>List&lt;T&gt;</c>).</summary>
    List,
    /// <summary>A set (read back as <c>HashSet&lt;T&gt;</c>).</summary>
    Set,
    /// <summary>A dictionary with string keys (read back as <c>Dictionary&lt;string, T&gt;</c>).</summary>
    Dictionary,
}

/// <summary>
/// The generator's picture of one serializable type: only strings and equatable arrays, so that
/// the incremental pipeline can compare it by value and no symbol outlives the transform.
/// </summary>
/// <param name="FullyQualifiedName">The type as C# source with <c>global::</c> names.</param>
/// <param name="Kind">How it is serialized.</param>
/// <param name="IsValueType">Whether it is a value type (a reference type's serializer also handles <c>null</c>).</param>
/// <param name="BuiltInName">For <see cref="TypeShapeKind.BuiltIn"/>: the <c>BuiltInSerializers</c> property.</param>
/// <param name="ElementType">For nullable, collection and dictionary shapes: the element (value) type's <see cref="FullyQualifiedName"/>.</param>
/// <param name="ElementDeclaration">For nullable, collection and dictionary shapes: the element type as the container declares it,
/// with its nullable reference annotation (<c>string?</c> in <c>List&lt;string?&gt;</c>), for the containers built when reading.</param>
/// <param name="Members">For objects: the members written and read, in declaration order.</param>
/// <param name="UsesConstructor">For objects: whether reading calls a constructor with parameters (members with <see cref="MemberShape.ConstructorParameterIndex"/> ≥ 0).</param>
/// <param name="EnumMembers">For enums: the members.</param>
internal sealed record TypeShape(
    string FullyQualifiedName,
    TypeShapeKind Kind,
    bool IsValueType,
    string? BuiltInName,
    string? ElementType,
    string? ElementDeclaration,
    EquatableArray<MemberShape> Members,
    bool UsesConstructor,
    EquatableArray<EnumMemberShape> EnumMembers);

/// <summary>One member of an object shape.</summary>
/// <param name="Name">The C# property name.</param>
/// <param name="JsonName">The JSON property name (camelCase).</param>
/// <param name="TypeFullyQualifiedName">The member's type, a key into the shapes.</param>
/// <param name="CanAssign">Whether it can be set in an object initializer (settable or init-only).</param>
/// <param name="IsRequired">Whether it is a C# <c>required</c> member (always assigned on read).</param>
/// <param name="ConstructorParameterIndex">Its position among the constructor parameters, or -1.</param>
/// <param name="ConstructorDefault">The constructor parameter's default as C# source, when it has one.</param>
internal sealed record MemberShape(
    string Name,
    string JsonName,
    string TypeFullyQualifiedName,
    bool CanAssign,
    bool IsRequired,
    int ConstructorParameterIndex,
    string? ConstructorDefault);

/// <summary>One member of an enum shape.</summary>
/// <param name="Name">The C# member name (also the JSON string).</param>
/// <param name="Value">The underlying value as C# source.</param>
internal sealed record EnumMemberShape(string Name, string Value);
