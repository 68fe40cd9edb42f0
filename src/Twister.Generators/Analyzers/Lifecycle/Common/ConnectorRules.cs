using System;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Twister.Generators.Analyzers.Common;
using Twister.Generators.Common;

namespace Twister.Generators.Analyzers.Lifecycle.Common;

/// <summary>
/// Registers a lifecycle rule: one action per connector or twist class, at its end (<see cref="ConnectorEnd"/>),
/// with the compilation's shared <see cref="SourceMethods"/>.
/// </summary>
internal static class ConnectorRules
{
    /// <summary>Runs <paramref name="analyze"/> on each connector class of compilations that reference <paramref name="requiredType"/>.</summary>
    public static void Register(AnalysisContext context, string requiredType, Action<SymbolAnalysisContext, INamedTypeSymbol, SourceMethods> analyze)
        => context.RegisterCompilationStartAction(start =>
        {
            if (Symbols.TwisterType(start.Compilation, requiredType) is null) return;
            var methods = SourceMethods.For(start.Compilation);
            ConnectorEnd.Register(start, (end, type) => analyze(end, type, methods));
        });
}
