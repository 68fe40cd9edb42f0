using System.Collections.Concurrent;
using Microsoft.CodeAnalysis;

namespace Twister.Generators.Analyzers.Callbacks;

/// <summary>
/// The baseline spelling of parameter types (<see cref="CallbackLine.TypeOf"/>), built once per type
/// per compilation: every shipped callback's parameters are compared by it, and most share a few
/// types (<c>string</c>, <c>int</c>, the connector's state record).
/// </summary>
internal sealed class RecordedTypeNames
{
    // Default equality ignores nullable annotations, which the recorded spelling drops too.
    private readonly ConcurrentDictionary<ITypeSymbol, string> _names = new(SymbolEqualityComparer.Default);

    /// <summary>The type of <paramref name="parameter"/> as a baseline line records it.</summary>
    public string Of(IParameterSymbol parameter)
        => _names.TryGetValue(parameter.Type, out var name) ? name : _names.GetOrAdd(parameter.Type, CallbackLine.TypeOf(parameter));
}
