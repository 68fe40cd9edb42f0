using System.Collections.Immutable;
using Microsoft.CodeAnalysis.Text;

namespace Twister.Generators.Analyzers.States;

/// <summary>One member of a recorded state shape: a property by its JSON name (<c>int batchNumber = 1</c>), or an enum member by name.</summary>
/// <param name="Name">The JSON name of a property, or the name of an enum member.</param>
/// <param name="Type">The property's type as <see cref="Baselines.RecordedType"/> spells it; empty for an enum member.</param>
/// <param name="DefaultValue">A constructor parameter's default as written, when it has one.</param>
internal sealed record StateMember(string Name, string Type, string? DefaultValue);

/// <summary>
/// One line of a state baseline: a type whose values are stored (or reached from one) and its members:
/// <c>Namespace.Type(type name, type name = default)</c> for a record, class or struct,
/// <c>Namespace.Type{A, B}</c> for an enum; possibly retired.
/// </summary>
/// <param name="TypeName">The type's fully qualified name.</param>
/// <param name="IsEnum">Whether it is an enum (stored as a member name).</param>
/// <param name="Members">The members, in declaration order.</param>
/// <param name="Retired">Whether the line starts with <c>*RETIRED*</c>: the type is no longer stored, on purpose.</param>
internal sealed record StateEntry(string TypeName, bool IsEnum, ImmutableArray<StateMember> Members, bool Retired)
{
    /// <summary>Where the line is in its file.</summary>
    public TextSpan Span { get; init; }

    /// <summary>The line and columns of <see cref="Span"/>.</summary>
    public LinePositionSpan LineSpan { get; init; }
}
