using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Twister.Generators.Common;
using Twister.Generators.LinkTypes.Model;
using Twister.Generators.Serialization.Parsing;

namespace Twister.Generators.LinkTypes.Parsing;

/// <summary>Reads a <c>[LinkType]</c> enum and its <c>[Status]</c> members into a <see cref="LinkTypeModel"/>.</summary>
internal static class LinkTypeParser
{
    /// <summary>The model of <paramref name="enumType"/>, or <see langword="null"/> when it is not a top-level <c>[LinkType]</c> enum.</summary>
    public static LinkTypeModel? Read(INamedTypeSymbol enumType)
    {
        if (enumType.TypeKind != TypeKind.Enum || !GeneratedTypePlacement.IsTopLevelAndNonGeneric(enumType)) return null; // TWIST0007
        var attribute = Symbols.FindAttribute(enumType, KnownNames.LinkTypeAttribute);
        if (attribute is null || attribute.ConstructorArguments.Length != 1 || attribute.ConstructorArguments[0].Value is not string type) return null;

        var label = type;
        foreach (var named in attribute.NamedArguments)
        {
            if (named.Key == "Label" && named.Value.Value is string text) label = text;
        }

        var statuses = new List<LinkStatusModel>();
        foreach (var member in enumType.GetMembers())
        {
            if (member is not IFieldSymbol { HasConstantValue: true } field) continue;
            var status = Symbols.FindAttribute(field, KnownNames.StatusAttribute);
            if (status is null || status.ConstructorArguments.Length != 2) continue;
            bool todo = false, done = false, createDefault = false;
            var tag = "None";
            foreach (var named in status.NamedArguments)
            {
                switch (named.Key)
                {
                    case "Todo": todo = named.Value.Value is true; break;
                    case "Done": done = named.Value.Value is true; break;
                    case "CreateDefault": createDefault = named.Value.Value is true; break;
                    case "Tag": tag = EnumMemberName(named.Value) ?? tag; break;
                }
            }
            statuses.Add(new LinkStatusModel(field.Name, (string?)status.ConstructorArguments[0].Value ?? field.Name, (string?)status.ConstructorArguments[1].Value ?? field.Name, todo, done, tag, createDefault));
        }

        var ns = enumType.ContainingNamespace is { IsGlobalNamespace: false } containing ? containing.ToDisplayString() : "";
        return new LinkTypeModel(ns, enumType.Name, TypeShapeBuilder.NameOf(enumType), enumType.DeclaredAccessibility == Accessibility.Public, type, label, statuses.ToEquatableArray(), enumType.DeclaringSyntaxReferences.Length > 0);
    }

    /// <summary>The name of the enum member whose value a typed constant holds, if there is one.</summary>
    public static string? EnumMemberName(TypedConstant constant)
    {
        if (constant.Type is not INamedTypeSymbol enumType) return null;
        foreach (var member in enumType.GetMembers())
        {
            if (member is IFieldSymbol { HasConstantValue: true } field && Equals(field.ConstantValue, constant.Value)) return field.Name;
        }
        return null;
    }
}
