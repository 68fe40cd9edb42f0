using Microsoft.CodeAnalysis;

namespace Twister.Generators.Common;

/// <summary>
/// Where a connector class or link-type enum must be declared for the generators to handle it: the
/// connector generator reopens the class with a namespace-level <c>partial</c> declaration under its
/// plain name, and the link-type generator emits a namespace-level helper beside the enum. The parsers
/// skip other types and TWIST0007 reports them through this one check, so the analyzer flags exactly
/// what the generators skip.
/// </summary>
internal static class GeneratedTypePlacement
{
    /// <summary>Whether <paramref name="type"/> is declared directly in a namespace and has no type parameters.</summary>
    public static bool IsTopLevelAndNonGeneric(INamedTypeSymbol type)
        => type.ContainingType is null && !type.IsGenericType;
}
