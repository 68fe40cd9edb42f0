using System;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Twister.Generators.Analyzers.Common;

/// <summary>
/// Runs a rule at the end of each connector or twist class (a symbol end action), once the compiler
/// has compiled each of its methods: in a build the file's semantic model then holds the compiler's
/// own bound method bodies, so a rule that reads them does not bind every body a second time
/// (docs/performance.md, "Analyzers"). The lifecycle rules and the state-shape rules run this way.
/// </summary>
internal static class ConnectorEnd
{
    /// <summary>Registers <paramref name="analyze"/> for the end of every connector or twist class of the compilation.</summary>
    public static void Register(CompilationStartAnalysisContext start, Action<SymbolAnalysisContext, INamedTypeSymbol> analyze)
        => start.RegisterSymbolStartAction(symbol =>
        {
            var type = (INamedTypeSymbol)symbol.Symbol;
            if (ConnectorScope.IsTwist(type)) symbol.RegisterSymbolEndAction(end => analyze(end, type));
        }, SymbolKind.NamedType);
}
