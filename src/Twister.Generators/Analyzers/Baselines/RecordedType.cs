using System.Collections.Concurrent;
using Microsoft.CodeAnalysis;

namespace Twister.Generators.Analyzers.Baselines;

/// <summary>
/// How a baseline line spells a type: fully qualified with C# keywords (<c>string</c>,
/// <c>System.Collections.Generic.List&lt;string&gt;</c>), without nullable reference annotations (they
/// do not change the wire format); <c>int?</c> stays, it is another type. The one place that fixes
/// it; each type is spelled once per compilation (<see cref="Names"/>).
/// </summary>
internal static class RecordedType
{
    private static readonly SymbolDisplayFormat TypeFormat = new(
        globalNamespaceStyle: SymbolDisplayGlobalNamespaceStyle.Omitted,
        typeQualificationStyle: SymbolDisplayTypeQualificationStyle.NameAndContainingTypesAndNamespaces,
        genericsOptions: SymbolDisplayGenericsOptions.IncludeTypeParameters,
        miscellaneousOptions: SymbolDisplayMiscellaneousOptions.UseSpecialTypes);

    /// <summary>The spelling of <paramref name="type"/>.</summary>
    public static string Of(ITypeSymbol type) => type.WithNullableAnnotation(NullableAnnotation.NotAnnotated).ToDisplayString(TypeFormat);

    /// <summary>
    /// Spellings cached for one compilation: every shipped line's types are compared by them, and
    /// most lines share a few types (<c>string</c>, <c>int</c>, a state record).
    /// </summary>
    internal sealed class Names
    {
        // Default equality ignores nullable annotations, which the spelling drops too.
        private readonly ConcurrentDictionary<ITypeSymbol, string> _names = new(SymbolEqualityComparer.Default);

        /// <summary>The spelling of <paramref name="type"/>.</summary>
        public string Of(ITypeSymbol type) => _names.TryGetValue(type, out var name) ? name : _names.GetOrAdd(type, RecordedType.Of(type));
    }
}
