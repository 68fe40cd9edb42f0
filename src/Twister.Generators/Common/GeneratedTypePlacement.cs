using Microsoft.CodeAnalysis;

namespace Twister.Generators.Common;

/// <summary>
/// Where a type the generators extend must be declared. The generators emit a namespace-level
/// <c>partial</c> declaration with the type's plain name, which cannot reopen a nested or generic
/// type. The parsers skip such types and TWIST0007 reports them through this one check, so the
/// analyzer flags exactly what the generators skip.
/// </summary>
internal static class GeneratedTypePlacement
{
    /// <summary>Whether <paramref name="type"/> is declared directly in a namespace and has no type parameters.</summary>
    public static bool IsTopLevelAndNonGeneric(INamedTypeSymbol type)
        => type.ContainingType is null && !type.IsGenericType;
}
