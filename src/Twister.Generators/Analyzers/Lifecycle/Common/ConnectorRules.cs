using System;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Twister.Generators.Analyzers.Common;

namespace Twister.Generators.Analyzers.Lifecycle.Common;

/// <summary>Registers a lifecycle rule: one symbol action per connector or twist class, with the compilation's shared <see cref="SourceMethods"/>.</summary>
internal static class ConnectorRules
{
    /// <summary>Runs <paramref name="analyze"/> on each connector class of compilations that reference <paramref name="requiredType"/>.</summary>
    public static void Register(AnalysisContext context, string requiredType, Action<SymbolAnalysisContext, INamedTypeSymbol, SourceMethods> analyze)
        => context.RegisterCompilationStartAction(start =>
        {
            if (start.Compilation.GetTypeByMetadataName(requiredType) is null) return;
            var methods = SourceMethods.For(start.Compilation);
            start.RegisterSymbolAction(symbol =>
            {
                var type = (INamedTypeSymbol)symbol.Symbol;
                if (ConnectorScope.IsTwist(type)) analyze(symbol, type, methods);
            }, SymbolKind.NamedType);
        });
}
