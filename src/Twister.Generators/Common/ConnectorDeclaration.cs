using System.Collections.Generic;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Twister.Generators.Common;

/// <summary>
/// The one definition of "a <c>[Connector]</c> class the connector generator extends": every declaration
/// <c>partial</c> (TWIST0001), the base class <c>Connector&lt;itself&gt;</c> (TWIST0002), and a concrete,
/// non-generic, top-level class with a parameterless constructor (TWIST0007,
/// <see cref="GeneratedTypePlacement.ConnectorProblem"/>). The generator skips anything else; the
/// analyzers report each failed part through the same methods, so they flag exactly what is skipped.
/// </summary>
internal static class ConnectorDeclaration
{
    /// <summary>The <c>[Connector]</c> attribute on <paramref name="type"/>, or <see langword="null"/>.</summary>
    public static AttributeData? AttributeOf(INamedTypeSymbol type) => Symbols.FindAttribute(type, KnownNames.ConnectorAttribute);

    /// <summary>The connector name given to <c>[Connector("name")]</c>, or <see langword="null"/> when it is missing or not a constant string.</summary>
    public static string? NameOf(AttributeData connectorAttribute)
        => connectorAttribute.ConstructorArguments.Length == 1 ? connectorAttribute.ConstructorArguments[0].Value as string : null;

    /// <summary>The class declarations of <paramref name="type"/> written without <c>partial</c> (TWIST0001).</summary>
    public static IEnumerable<ClassDeclarationSyntax> NonPartialDeclarations(INamedTypeSymbol type, CancellationToken cancellationToken)
    {
        foreach (var reference in type.DeclaringSyntaxReferences)
        {
            if (reference.GetSyntax(cancellationToken) is ClassDeclarationSyntax declaration && !declaration.Modifiers.Any(SyntaxKind.PartialKeyword))
                yield return declaration;
        }
    }

    /// <summary>Whether the base class of <paramref name="type"/> is <c>Connector&lt;type&gt;</c> (TWIST0002).</summary>
    public static bool DerivesFromConnectorOfItself(INamedTypeSymbol type)
        => type.BaseType is { TypeArguments.Length: 1 } baseType
           && Symbols.IsType(baseType.OriginalDefinition, KnownNames.ConnectorBase)
           && SymbolEqualityComparer.Default.Equals(baseType.TypeArguments[0], type);

    /// <summary>Whether the connector generator can extend <paramref name="type"/>, a class carrying <c>[Connector]</c>.</summary>
    public static bool IsGeneratable(INamedTypeSymbol type, CancellationToken cancellationToken)
    {
        if (!DerivesFromConnectorOfItself(type) || GeneratedTypePlacement.ConnectorProblem(type) is not null) return false;
        foreach (var _ in NonPartialDeclarations(type, cancellationToken)) return false;
        return true;
    }
}
