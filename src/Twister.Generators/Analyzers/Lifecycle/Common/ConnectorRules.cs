using System;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Twister.Generators.Analyzers.Common;
using Twister.Generators.Common;

namespace Twister.Generators.Analyzers.Lifecycle.Common;

/// <summary>
/// Registers a lifecycle rule: one action per connector or twist class, with the compilation's shared
/// <see cref="SourceMethods"/>. The action runs at the end of the class (a symbol end action), once the
/// compiler has compiled each of its methods: in a build the semantic model then holds the compiler's
/// own bound method bodies, so the rule reads them instead of binding every body again.
/// </summary>
internal static class ConnectorRules
{
    /// <summary>Runs <paramref name="analyze"/> on each connector class of compilations that reference <paramref name="requiredType"/>.</summary>
    public static void Register(AnalysisContext context, string requiredType, Action<SymbolAnalysisContext, INamedTypeSymbol, SourceMethods> analyze)
        => context.RegisterCompilationStartAction(start =>
        {
            if (Symbols.TwisterType(start.Compilation, requiredType) is null) return;
            var methods = SourceMethods.For(start.Compilation);
            start.RegisterSymbolStartAction(symbol =>
            {
                var type = (INamedTypeSymbol)symbol.Symbol;
                if (ConnectorScope.IsTwist(type)) symbol.RegisterSymbolEndAction(end => analyze(end, type, methods));
            }, SymbolKind.NamedType);
        });
}
