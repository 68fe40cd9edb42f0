using System.Linq;
using Microsoft.CodeAnalysis;

namespace Twister.Generators.Common;

/// <summary>
/// Which <c>[Connector]</c> classes and <c>[LinkType]</c> enums the generators can extend: the connector
/// generator reopens the class with a namespace-level <c>partial</c> declaration under its plain name
/// and its descriptor calls <c>new T()</c>; the link-type generator emits a namespace-level helper
/// beside the enum. The parsers skip other types and TWIST0007 reports them through these checks, so
/// the analyzer flags exactly what the generators skip.
/// </summary>
internal static class GeneratedTypePlacement
{
    /// <summary>Whether <paramref name="type"/> is declared directly in a namespace and has no type parameters.</summary>
    public static bool IsTopLevelAndNonGeneric(INamedTypeSymbol type) => PlacementProblem(type) is null;

    /// <summary>
    /// Why a link-type enum (or the placement of a connector class) cannot be extended, phrased to follow
    /// "is", or <see langword="null"/> when it is top-level and non-generic.
    /// </summary>
    public static string? PlacementProblem(INamedTypeSymbol type)
        => type.ContainingType is not null ? "nested in another type"
            : type.IsGenericType ? "generic"
            : null;

    /// <summary>
    /// Why the connector generator cannot extend <paramref name="connector"/>, phrased to follow "is", or
    /// <see langword="null"/> when it is a concrete, non-generic, top-level class with a parameterless
    /// constructor.
    /// </summary>
    public static string? ConnectorProblem(INamedTypeSymbol connector)
        => PlacementProblem(connector)
            ?? (connector.IsStatic ? "static" // Roslyn also marks static classes abstract: test this first.
                : connector.IsAbstract ? "abstract"
                : !connector.InstanceConstructors.Any(c => c.Parameters.Length == 0) ? "without a parameterless constructor"
                : null);
}
