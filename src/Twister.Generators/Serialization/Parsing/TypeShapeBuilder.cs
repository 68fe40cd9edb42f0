using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Microsoft.CodeAnalysis;
using Twister.Generators.Common;
using Twister.Generators.Serialization.Model;

namespace Twister.Generators.Serialization.Parsing;

/// <summary>
/// Decides whether a type can be handled by the generated serializers and, when it can, describes
/// it and every type it reaches as <see cref="TypeShape"/>s. This is the single check shared by the
/// serializer generator (which skips what fails) and analyzer TWIST1001 (which reports the reason).
/// </summary>
internal sealed class TypeShapeBuilder
{
    // Nullable reference annotations are kept: generated code declares and passes values of these
    // types, and List<string?> is not List<string> to the compiler's nullable analysis.
    private static readonly SymbolDisplayFormat FullyQualified = SymbolDisplayFormat.FullyQualifiedFormat
        .WithMiscellaneousOptions(SymbolDisplayMiscellaneousOptions.EscapeKeywordIdentifiers | SymbolDisplayMiscellaneousOptions.UseSpecialTypes
                                  | SymbolDisplayMiscellaneousOptions.IncludeNullableReferenceTypeModifier);

    // Runtime objects, not data: matched by metadata name on the type and its base types.
    private static readonly string[] FrameworkServiceTypes =
    [
        "System.IO.Stream",
        "System.Net.Http.HttpClient",
        "System.Net.Http.HttpMessageInvoker",
        "System.Threading.Tasks.Task",
        "System.Threading.Tasks.ValueTask",
        "System.Threading.CancellationToken",
        "System.Runtime.InteropServices.SafeHandle",
        "System.IntPtr",
        "System.UIntPtr",
    ];

    private readonly Compilation _compilation;
    private readonly ISymbol _accessibleFrom;
    private readonly Dictionary<string, TypeShape?> _shapes = new(StringComparer.Ordinal);

    /// <summary>Creates a builder for types used by <paramref name="accessibleFrom"/> (the connector class).</summary>
    public TypeShapeBuilder(Compilation compilation, ISymbol accessibleFrom)
    {
        _compilation = compilation;
        _accessibleFrom = accessibleFrom;
    }

    /// <summary>
    /// The display form of a type used as shape keys: <c>global::</c> names, no nullable annotation on
    /// the type itself (a <c>string?</c> member is served by the <c>string</c> shape), but the annotations
    /// of its type arguments and array elements kept (<c>List&lt;string?&gt;</c> and <c>List&lt;string&gt;</c>
    /// are distinct shapes, so that generated code declares exactly the user's type).
    /// </summary>
    public static string NameOf(ITypeSymbol type)
        => type.WithNullableAnnotation(NullableAnnotation.NotAnnotated).ToDisplayString(FullyQualified);

    /// <summary>
    /// Adds <paramref name="type"/> and what it reaches. Returns <see langword="false"/> with a
    /// human-readable reason (naming the offending member path) when it is not serializable; the
    /// builder is then left unchanged.
    /// </summary>
    public bool TryAdd(ITypeSymbol type, out string? reason)
    {
        var snapshot = new Dictionary<string, TypeShape?>(_shapes, StringComparer.Ordinal);
        reason = Visit(type, path: null);
        if (reason is null) return true;
        _shapes.Clear();
        foreach (var pair in snapshot) _shapes.Add(pair.Key, pair.Value);
        return false;
    }

    /// <summary>Every shape added so far, sorted ordinally by name (deterministic output).</summary>
    public EquatableArray<TypeShape> Build()
        => _shapes.Values.Where(s => s is not null).Select(s => s!).OrderBy(s => s.FullyQualifiedName, StringComparer.Ordinal).ToEquatableArray();

    /// <summary>Checks a type without keeping shapes: the entry point of analyzer TWIST1001.</summary>
    public static bool IsSerializable(Compilation compilation, ISymbol accessibleFrom, ITypeSymbol type, out string? reason)
        => new TypeShapeBuilder(compilation, accessibleFrom).TryAdd(type, out reason);

    private string? Visit(ITypeSymbol type, string? path)
    {
        var name = NameOf(type);
        if (_shapes.ContainsKey(name)) return null; // done, or in progress higher up (cycles are fine for reference types)

        var where = new Where(type, path);
        if (type.TypeKind is TypeKind.Dynamic || type.SpecialType == SpecialType.System_Object)
            return $"{where} has no fixed shape";
        if (type is ITypeParameterSymbol) return $"{where} is a type parameter";
        if (type is IPointerTypeSymbol or IFunctionPointerTypeSymbol) return $"{where} is a pointer";
        if (type.TypeKind == TypeKind.Delegate) return $"{where} is a delegate; code cannot be persisted";
        if (type.IsAnonymousType) return $"{where} is an anonymous type";
        if (type.IsRefLikeType) return $"{where} is a ref struct";
        if (!_compilation.IsSymbolAccessibleWithin(type, _accessibleFrom))
            return $"{where} is not accessible from the connector";

        if (BuiltInNameOf(type) is { } builtIn)
        {
            _shapes[name] = new TypeShape(name, TypeShapeKind.BuiltIn, type.IsValueType, builtIn, null, null, EquatableArray<MemberShape>.Empty, false, EquatableArray<EnumMemberShape>.Empty);
            return null;
        }

        if (type.TypeKind == TypeKind.Enum && type is INamedTypeSymbol enumType)
        {
            var members = enumType.GetMembers().OfType<IFieldSymbol>()
                .Where(f => f.HasConstantValue)
                .Select(f => new EnumMemberShape(f.Name, Convert.ToString(f.ConstantValue, CultureInfo.InvariantCulture) ?? "0"))
                .ToEquatableArray();
            _shapes[name] = new TypeShape(name, TypeShapeKind.Enum, true, null, null, null, EquatableArray<MemberShape>.Empty, false, members);
            return null;
        }

        if (type is IArrayTypeSymbol array)
        {
            if (array.Rank != 1) return $"{where} is a multi-dimensional array";
            return AddContainer(name, TypeShapeKind.Array, array.ElementType, path, "[]");
        }

        if (type is INamedTypeSymbol named)
        {
            if (named.OriginalDefinition.SpecialType == SpecialType.System_Nullable_T)
                return AddContainer(name, TypeShapeKind.Nullable, named.TypeArguments[0], path, "Value");
            if (CollectionKindOf(named) is { } collection)
            {
                if (collection == TypeShapeKind.Dictionary)
                {
                    if (named.TypeArguments[0].SpecialType != SpecialType.System_String)
                        return $"{where} is a dictionary whose keys are not strings";
                    return AddContainer(name, collection, named.TypeArguments[1], path, "[key]");
                }
                return AddContainer(name, collection, named.TypeArguments[0], path, "[]");
            }
            return AddObject(name, named, where, path);
        }

        return $"{where} is not a supported kind of type";
    }

    private string? AddContainer(string name, TypeShapeKind kind, ITypeSymbol element, string? path, string step)
    {
        var elementName = NameOf(element);
        var elementDeclaration = element.ToDisplayString(FullyQualified);
        _shapes[name] = null; // in progress
        var failure = Visit(element, Join(path, step));
        if (failure is not null)
        {
            _shapes.Remove(name);
            return failure;
        }
        _shapes[name] = new TypeShape(name, kind, kind == TypeShapeKind.Nullable, null, elementName, elementDeclaration, EquatableArray<MemberShape>.Empty, false, EquatableArray<EnumMemberShape>.Empty);
        return null;
    }

    private string? AddObject(string name, INamedTypeSymbol type, Where where, string? path)
    {
        if (type.TypeKind == TypeKind.Interface) return $"{where} is an interface; its concrete type cannot be known when reading";
        if (type.IsAbstract) return $"{where} is abstract; its concrete type cannot be known when reading";
        if (type.TypeKind is not (TypeKind.Class or TypeKind.Struct)) return $"{where} is not a class, record, struct or enum";
        if (type.IsTupleType) return $"{where} is a tuple; use a record so that its members have stable names";
        if (IsFrameworkServiceType(type)) return $"{where} is a runtime object (a stream, client, task or handle), not data";

        var properties = type.GetMembers().OfType<IPropertySymbol>()
            .Where(p => !p.IsStatic && !p.IsIndexer && p.DeclaredAccessibility == Accessibility.Public && p.GetMethod is { DeclaredAccessibility: Accessibility.Public })
            .Concat(BaseProperties(type))
            .GroupBy(p => p.Name, StringComparer.Ordinal).Select(g => g.First())
            .ToList();

        var constructor = ChooseConstructor(type, properties);
        if (constructor is null) return $"{where} has no public parameterless constructor and no public constructor whose parameters all match properties";

        var members = new List<(IPropertySymbol Property, MemberShape Shape)>();
        foreach (var property in properties)
        {
            var parameterIndex = IndexOfParameter(constructor, property.Name);
            var canAssign = property.SetMethod is { DeclaredAccessibility: Accessibility.Public };
            if (parameterIndex < 0 && !canAssign) continue; // computed or get-only: nothing to restore
            var parameter = parameterIndex >= 0 ? constructor.Parameters[parameterIndex] : null;
            members.Add((property, new MemberShape(
                property.Name,
                SourceNames.CamelCase(property.Name),
                NameOf(property.Type),
                canAssign,
                property.IsRequired,
                parameterIndex,
                parameter is { HasExplicitDefaultValue: true } ? DefaultValueSource.Of(parameter) : null)));
        }

        _shapes[name] = null; // in progress: lets recursive references resolve
        foreach (var (property, _) in members)
        {
            var failure = Visit(property.Type, Join(path, $"{type.Name}.{property.Name}"));
            if (failure is not null)
            {
                _shapes.Remove(name);
                return failure;
            }
        }

        _shapes[name] = new TypeShape(name, TypeShapeKind.Object, type.IsValueType, null, null, null,
            members.Select(m => m.Shape).ToEquatableArray(), constructor.Parameters.Length > 0, EquatableArray<EnumMemberShape>.Empty);
        return null;
    }

    // Names the offending type in a reason; formatted only when a type is rejected, since display
    // strings are costly and the generator checks every type of every connector on each compilation.
    private readonly struct Where
    {
        private readonly ITypeSymbol _type;
        private readonly string? _path;

        public Where(ITypeSymbol type, string? path)
        {
            _type = type;
            _path = path;
        }

        public override string ToString() => _path is null ? $"'{_type.ToDisplayString()}'" : $"'{_type.ToDisplayString()}' (at {_path})";
    }

    private static IEnumerable<IPropertySymbol> BaseProperties(INamedTypeSymbol type)
    {
        for (var baseType = type.BaseType; baseType is not null && baseType.SpecialType != SpecialType.System_Object; baseType = baseType.BaseType)
        {
            foreach (var property in baseType.GetMembers().OfType<IPropertySymbol>())
            {
                if (!property.IsStatic && !property.IsIndexer && property.DeclaredAccessibility == Accessibility.Public && property.GetMethod is { DeclaredAccessibility: Accessibility.Public })
                    yield return property;
            }
        }
    }

    private static IMethodSymbol? ChooseConstructor(INamedTypeSymbol type, IReadOnlyList<IPropertySymbol> properties)
    {
        var publicConstructors = type.InstanceConstructors
            .Where(c => c.DeclaredAccessibility == Accessibility.Public && !IsCopyConstructor(c, type))
            .ToList();
        var parameterless = publicConstructors.FirstOrDefault(c => c.Parameters.Length == 0);
        if (parameterless is not null) return parameterless;
        return publicConstructors
            .Where(c => c.Parameters.All(p => properties.Any(prop => string.Equals(prop.Name, p.Name, StringComparison.OrdinalIgnoreCase)
                                                                  && SymbolEqualityComparer.Default.Equals(prop.Type.WithNullableAnnotation(NullableAnnotation.NotAnnotated), p.Type.WithNullableAnnotation(NullableAnnotation.NotAnnotated)))))
            .OrderByDescending(c => c.Parameters.Length)
            .FirstOrDefault();
    }

    private static int IndexOfParameter(IMethodSymbol constructor, string propertyName)
    {
        for (var i = 0; i < constructor.Parameters.Length; i++)
        {
            if (string.Equals(constructor.Parameters[i].Name, propertyName, StringComparison.OrdinalIgnoreCase)) return i;
        }
        return -1;
    }

    private static bool IsCopyConstructor(IMethodSymbol constructor, INamedTypeSymbol type)
        => constructor.Parameters.Length == 1 && SymbolEqualityComparer.Default.Equals(constructor.Parameters[0].Type, type);

    private static string? BuiltInNameOf(ITypeSymbol type)
    {
        switch (type.SpecialType)
        {
            case SpecialType.System_String: return "String";
            case SpecialType.System_Boolean: return "Boolean";
            case SpecialType.System_Byte: return "Byte";
            case SpecialType.System_SByte: return "SByte";
            case SpecialType.System_Int16: return "Int16";
            case SpecialType.System_UInt16: return "UInt16";
            case SpecialType.System_Int32: return "Int32";
            case SpecialType.System_UInt32: return "UInt32";
            case SpecialType.System_Int64: return "Int64";
            case SpecialType.System_UInt64: return "UInt64";
            case SpecialType.System_Single: return "Single";
            case SpecialType.System_Double: return "Double";
            case SpecialType.System_Decimal: return "Decimal";
            case SpecialType.System_Char: return "Char";
            case SpecialType.System_DateTime: return "DateTime";
        }
        if (type.ContainingNamespace is { Name: "System", ContainingNamespace.IsGlobalNamespace: true } && type is INamedTypeSymbol { Arity: 0 })
        {
            switch (type.Name)
            {
                case "DateTimeOffset":
                case "TimeSpan":
                case "DateOnly":
                case "TimeOnly":
                case "Guid":
                case "Uri":
                    return type.Name;
            }
        }
        return null;
    }

    private static TypeShapeKind? CollectionKindOf(INamedTypeSymbol type)
    {
        var definition = type.OriginalDefinition;
        TypeShapeKind? kind = definition.MetadataName switch
        {
            "List`1" or "IList`1" or "ICollection`1" or "IEnumerable`1" or "IReadOnlyList`1" or "IReadOnlyCollection`1" => TypeShapeKind.List,
            "HashSet`1" or "ISet`1" or "IReadOnlySet`1" => TypeShapeKind.Set,
            "Dictionary`2" or "IDictionary`2" or "IReadOnlyDictionary`2" => TypeShapeKind.Dictionary,
            _ => null,
        };
        return kind is not null && Symbols.IsType(definition, "System.Collections.Generic." + definition.MetadataName) ? kind : null;
    }

    private static bool IsFrameworkServiceType(INamedTypeSymbol type)
    {
        for (var current = type; current is not null; current = current.BaseType)
        {
            if (FrameworkServiceTypes.Any(name => Symbols.IsType(current, name))) return true;
        }
        return type.AllInterfaces.Any(i => Symbols.IsType(i, "System.IDisposable") || Symbols.IsType(i, "System.IAsyncDisposable"));
    }

    private static string Join(string? path, string step)
        => path is null ? step : step.StartsWith("[", StringComparison.Ordinal) || step == "Value" ? $"{path}{(step == "Value" ? "" : step)}" : $"{path} → {step}";
}
