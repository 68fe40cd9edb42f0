using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Text;
using System.Threading;
using Microsoft.CodeAnalysis;
using Twister.Generators.Analyzers.Baselines;
using Twister.Generators.Analyzers.Common;
using Twister.Generators.Connectors.Parsing;
using Twister.Generators.Serialization.Model;
using Twister.Generators.Serialization.Parsing;

namespace Twister.Generators.Analyzers.States;

/// <summary>A stored type's shape, or one reached from it: the type and each recorded member with its property.</summary>
/// <param name="Type">The record, class, struct or enum.</param>
/// <param name="Shape">Its shape as the generated serializers see it.</param>
/// <param name="Members">Each object member with its property (empty for an enum).</param>
internal sealed record StoredShape(INamedTypeSymbol Type, TypeShape Shape, ImmutableArray<(MemberShape Member, IPropertySymbol Property)> Members)
{
    /// <summary>The type's name as recorded.</summary>
    public string Name => RecordedType.Of(Type);

    /// <summary>The members as a baseline line records them.</summary>
    public ImmutableArray<StateMember> Recorded(RecordedType.Names names)
        => Shape.Kind == TypeShapeKind.Enum
            ? Shape.EnumMembers.Select(m => new StateMember(m.Name, "", null)).ToImmutableArray()
            : Members.Select(m => new StateMember(m.Member.JsonName, names.Of(m.Property.Type), m.Member.ConstructorDefault)).ToImmutableArray();

    /// <summary>The whole baseline line for this shape.</summary>
    public string Line(RecordedType.Names names)
    {
        var builder = new StringBuilder(Name);
        var isEnum = Shape.Kind == TypeShapeKind.Enum;
        builder.Append(isEnum ? '{' : '(');
        var first = true;
        foreach (var member in Recorded(names))
        {
            if (!first) builder.Append(", ");
            first = false;
            builder.Append(isEnum ? member.Name : $"{member.Type} {member.Name}");
            if (member.DefaultValue is { } value) builder.Append(" = ").Append(value);
        }
        return builder.Append(isEnum ? '}' : ')').ToString();
    }
}

/// <summary>
/// The shapes a connector stores: every type used with <c>Store.GetAsync&lt;T&gt;</c>/<c>SetAsync&lt;T&gt;</c>
/// (found by the generator's <see cref="StoredTypes"/>) and every record, class, struct or enum its
/// members reach, as the generator's <see cref="TypeShapeBuilder"/> describes them; the same two
/// pieces of logic decide what the generated serializers write.
/// </summary>
internal static class StoredShapes
{
    /// <summary>The object and enum shapes <paramref name="connector"/> stores (a type that cannot be serialized is left out).</summary>
    public static List<StoredShape> Of(INamedTypeSymbol connector, Compilation compilation, CancellationToken cancellationToken)
    {
        var shapes = new List<StoredShape>();
        if (connector.DeclaringSyntaxReferences.IsEmpty) return shapes;
        // The driver's caching semantic model provider hands out the model it analyzes that file with.
#pragma warning disable RS1030
        var model = compilation.GetSemanticModel(connector.DeclaringSyntaxReferences[0].SyntaxTree);
#pragma warning restore RS1030
        var builder = new TypeShapeBuilder(compilation, connector);
        var stored = new List<ITypeSymbol>();
        foreach (var type in StoredTypes.Of(connector, model, cancellationToken, GeneratedCode.Is))
        {
            if (builder.TryAdd(type, out _)) stored.Add(type);
        }
        var byName = builder.Build().ToDictionary(s => s.FullyQualifiedName, s => s, System.StringComparer.Ordinal);
        var seen = new HashSet<string>(System.StringComparer.Ordinal);
        var pending = new Stack<ITypeSymbol>(stored);
        while (pending.Count > 0)
        {
            var type = pending.Pop();
            foreach (var argument in Parts(type)) pending.Push(argument);
            if (type is not INamedTypeSymbol named || !byName.TryGetValue(TypeShapeBuilder.NameOf(type), out var shape)
                || shape.Kind is not (TypeShapeKind.Object or TypeShapeKind.Enum) || !seen.Add(shape.FullyQualifiedName)) continue;
            var members = ImmutableArray.CreateBuilder<(MemberShape, IPropertySymbol)>();
            foreach (var member in shape.Members)
            {
                if (PropertyOf(named, member.Name) is not { } property) continue;
                members.Add((member, property));
                pending.Push(property.Type);
            }
            shapes.Add(new StoredShape(named, shape, members.ToImmutable()));
        }
        return shapes;
    }

    /// <summary>The types inside <paramref name="type"/>: an array's element, a generic's arguments (<c>int?</c>, <c>List&lt;T&gt;</c>).</summary>
    private static IEnumerable<ITypeSymbol> Parts(ITypeSymbol type) => type switch
    {
        IArrayTypeSymbol array => new[] { array.ElementType },
        INamedTypeSymbol { IsGenericType: true } generic => generic.TypeArguments,
        _ => Enumerable.Empty<ITypeSymbol>(),
    };

    private static IPropertySymbol? PropertyOf(INamedTypeSymbol type, string name)
    {
        for (var current = type; current is not null; current = current.BaseType)
        {
            foreach (var member in current.GetMembers(name))
            {
                if (member is IPropertySymbol property) return property;
            }
        }
        return null;
    }
}
