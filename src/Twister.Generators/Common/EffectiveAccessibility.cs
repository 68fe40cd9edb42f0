using Microsoft.CodeAnalysis;

namespace Twister.Generators.Common;

/// <summary>
/// How widely a type can be named: the most restrictive of its own declared accessibility, its
/// containing types' and its type arguments' (an array's is its element type's). A generated member
/// whose signature names the type must be no more visible, or the compiler reports CS0050/CS0051.
/// </summary>
internal static class EffectiveAccessibility
{
    /// <summary>The effective accessibility of <paramref name="type"/>.</summary>
    public static GeneratedAccessibility Of(ITypeSymbol type)
    {
        switch (type)
        {
            case IArrayTypeSymbol array:
                return Of(array.ElementType);
            case INamedTypeSymbol named:
                var result = GeneratedAccessibility.Public;
                for (INamedTypeSymbol? current = named; current is not null; current = current.ContainingType)
                {
                    result = Min(result, Of(current.DeclaredAccessibility));
                }
                foreach (var argument in named.TypeArguments) result = Min(result, Of(argument));
                return result;
            default:
                // Type parameters, pointers and the like never reach a generated signature.
                return GeneratedAccessibility.Public;
        }
    }

    /// <summary>The more restrictive of two accessibilities.</summary>
    public static GeneratedAccessibility Min(GeneratedAccessibility a, GeneratedAccessibility b) => a < b ? a : b;

    /// <summary>The C# modifier for <paramref name="accessibility"/>.</summary>
    public static string Keyword(GeneratedAccessibility accessibility) => accessibility switch
    {
        GeneratedAccessibility.Public => "public",
        GeneratedAccessibility.Internal => "internal",
        _ => "private",
    };

    private static GeneratedAccessibility Of(Accessibility declared) => declared switch
    {
        Accessibility.Public => GeneratedAccessibility.Public,
        // protected internal is visible in the whole assembly, so an internal member may name it.
        Accessibility.Internal or Accessibility.ProtectedOrInternal => GeneratedAccessibility.Internal,
        // private, protected and private protected types are only nameable inside (or below) their container.
        _ => GeneratedAccessibility.Private,
    };
}
