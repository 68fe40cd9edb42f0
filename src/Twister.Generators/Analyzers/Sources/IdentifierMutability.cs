using System;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Twister.Generators.Analyzers.Common;
using Twister.Generators.Common;

namespace Twister.Generators.Analyzers.Sources;

/// <summary>
/// Classifies a piece of an activity source: an explicit <c>[ImmutableId]</c>/<c>[MutableId]</c>
/// attribute wins; then names that denote an id (<c>Id</c>, <c>*Id</c>, <c>Uid</c>, <c>Uuid</c>,
/// <c>Guid</c>) are accepted, names that denote human-facing or reassignable values (keys,
/// identifiers, numbers, titles, names, slugs, URLs, emails) are flagged; time and randomness are
/// flagged because they change on every sync. Anything else is given the benefit of the doubt.
/// </summary>
internal static class IdentifierMutability
{
    private static readonly string[] MutableSuffixes =
    {
        "Key", "Identifier", "Number", "Title", "Name", "Slug", "Url", "Uri", "Email", "Subject", "Summary", "Path", "Handle",
    };

    /// <summary>
    /// Why <paramref name="leaf"/> (a leaf found by <see cref="ValueOrigins"/>) is not a stable
    /// identity, or <see langword="null"/> when it is acceptable. Only names, member and element
    /// accesses (a property, field or parameter) and calls (randomness) can be a problem, so only they are bound.
    /// </summary>
    public static string? ProblemOf(ExpressionSyntax leaf, SemanticModel model, CancellationToken cancellationToken)
    {
        switch (leaf)
        {
            case InvocationExpressionSyntax invocation:
                return model.GetSymbolInfo(invocation, cancellationToken).Symbol is IMethodSymbol method && IsRandom(method) ? "is random on every sync" : null;
            case IdentifierNameSyntax or MemberAccessExpressionSyntax { RawKind: (int)SyntaxKind.SimpleMemberAccessExpression } or ElementAccessExpressionSyntax:
                return model.GetSymbolInfo(leaf, cancellationToken).Symbol switch
                {
                    IPropertySymbol property when IsClock(property) => "changes on every sync",
                    IPropertySymbol property => ProblemOfMember(property),
                    IFieldSymbol field => ProblemOfMember(field),
                    IParameterSymbol parameter => ProblemOfMember(parameter),
                    _ => null,
                };
            default:
                return null;
        }
    }

    private static string? ProblemOfMember(ISymbol member)
    {
        if (Symbols.FindAttribute(member, KnownNames.ImmutableIdAttribute) is not null) return null;
        if (Symbols.FindAttribute(member, KnownNames.MutableIdAttribute) is not null) return "is declared [MutableId]";
        return IsMutableName(member.Name) ? "is a mutable, human-facing value" : null;
    }

    /// <summary>Whether a member or variable name denotes a value that can change for the same item.</summary>
    public static bool IsMutableName(string name)
    {
        if (IsIdName(name)) return false;
        foreach (var suffix in MutableSuffixes)
        {
            if (name.EndsWith(suffix, StringComparison.Ordinal) || string.Equals(name, suffix, StringComparison.OrdinalIgnoreCase)) return true;
        }
        return false;
    }

    private static bool IsIdName(string name)
        => name.EndsWith("Id", StringComparison.Ordinal) || name.EndsWith("ID", StringComparison.Ordinal)
           || string.Equals(name, "id", StringComparison.OrdinalIgnoreCase)
           || name.EndsWith("Uid", StringComparison.OrdinalIgnoreCase) || name.EndsWith("Uuid", StringComparison.OrdinalIgnoreCase)
           || name.EndsWith("Guid", StringComparison.Ordinal);

    private static bool IsClock(IPropertySymbol property)
        => property.IsStatic && property.Name is "Now" or "UtcNow" or "Today"
           && property.ContainingType is { } type
           && (Symbols.IsType(type, "System.DateTime") || Symbols.IsType(type, "System.DateTimeOffset"));

    private static bool IsRandom(IMethodSymbol method)
        => method.ContainingType is { } type
           && ((method.Name == "NewGuid" && Symbols.IsType(type, "System.Guid"))
               || Symbols.IsType(type, "System.Random")
               || (method.Name == "GetUtcNow" && Symbols.IsType(type, "System.TimeProvider")));
}
