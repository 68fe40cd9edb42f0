using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Twister.Generators.Callbacks.Parsing;
using Twister.Generators.Common;

namespace Twister.Generators.Options.Parsing;

/// <summary>
/// The one definition of "an options class the connector generator can bind" (<c>[Connector(Options = typeof(T))]</c>):
/// a non-abstract class with a public parameterless constructor whose <c>[Option]</c> properties are declared in the
/// connector's assembly (defaults are read from their initializers), are all valid (<see cref="OptionDeclaration.Problems"/>)
/// and have distinct keys. The generator emits no options for anything else; TWIST0008 reports each failed part
/// through these methods.
/// </summary>
internal static class OptionsDeclaration
{
    /// <summary>The type given to <c>Options</c> of a <c>[Connector]</c> attribute, or <see langword="null"/>.</summary>
    public static ITypeSymbol? TypeOf(AttributeData connectorAttribute)
    {
        foreach (var named in connectorAttribute.NamedArguments)
        {
            if (named.Key == "Options") return named.Value.Value as ITypeSymbol;
        }
        return null;
    }

    /// <summary>
    /// Why <paramref name="type"/> cannot be the options class of a connector in <paramref name="assembly"/>, phrased to
    /// follow its name, or <see langword="null"/>. Its options must be declared in that assembly: defaults are read
    /// from their initializers.
    /// </summary>
    public static string? TypeProblem(ITypeSymbol type, IAssemblySymbol assembly)
    {
        if (type is not INamedTypeSymbol { TypeKind: TypeKind.Class } named) return $"is {Describe(type)}, not a class";
        if (named.IsStatic) return "is static"; // Roslyn also marks static classes abstract: test this first.
        if (named.IsAbstract) return "is abstract";
        if (named.IsUnboundGenericType) return "is an unbound generic type";
        if (!named.InstanceConstructors.Any(c => c.Parameters.IsEmpty && c.DeclaredAccessibility == Accessibility.Public))
            return "has no public parameterless constructor";
        foreach (var (property, _) in Properties(named))
        {
            if (!SymbolEqualityComparer.Default.Equals(property.ContainingAssembly, assembly))
                return $"takes option '{property.Name}' from another assembly, whose default the generator cannot read";
        }
        // The binder sets the options only: another required member would make `new T { ... }` fail to compile.
        for (var current = named; current is not null; current = current.BaseType)
        {
            foreach (var member in current.GetMembers())
            {
                if (member is IPropertySymbol { IsRequired: true } or IFieldSymbol { IsRequired: true }
                    && Symbols.FindAttribute(member, KnownNames.OptionAttribute) is null)
                    return $"has the required member '{member.Name}', which is not an option";
            }
        }
        return null;
    }

    /// <summary>The <c>[Option]</c> properties of <paramref name="type"/> and its base classes: base classes' first, each in declaration order.</summary>
    public static IEnumerable<(IPropertySymbol Property, AttributeData Attribute)> Properties(INamedTypeSymbol type)
    {
        var chain = new Stack<INamedTypeSymbol>();
        for (var current = type; current is { SpecialType: not SpecialType.System_Object }; current = current.BaseType) chain.Push(current);
        return chain.SelectMany(OwnProperties);
    }

    /// <summary>The <c>[Option]</c> properties declared by <paramref name="type"/> itself, in declaration order.</summary>
    public static IEnumerable<(IPropertySymbol Property, AttributeData Attribute)> OwnProperties(INamedTypeSymbol type)
    {
        foreach (var member in type.GetMembers())
        {
            if (member is IPropertySymbol property && Symbols.FindAttribute(property, KnownNames.OptionAttribute) is { } attribute)
                yield return (property, attribute);
        }
    }

    /// <summary>Each option (in order) whose key an earlier one already uses, with that earlier option.</summary>
    public static IEnumerable<(OptionDeclaration Option, OptionDeclaration First)> DuplicateKeys(IEnumerable<OptionDeclaration> options)
    {
        var byKey = new Dictionary<string, OptionDeclaration>(System.StringComparer.Ordinal);
        foreach (var option in options)
        {
            if (byKey.TryGetValue(option.Key, out var first)) yield return (option, first);
            else byKey.Add(option.Key, option);
        }
    }

    private static string Describe(ITypeSymbol type) => type.TypeKind switch
    {
        TypeKind.Struct => "a struct",
        TypeKind.Interface => "an interface",
        TypeKind.Enum => "an enum",
        TypeKind.Delegate => "a delegate",
        TypeKind.Array => "an array",
        TypeKind.TypeParameter => "a type parameter",
        _ => $"a {type.TypeKind.ToString().ToLowerInvariant()}",
    };
}
