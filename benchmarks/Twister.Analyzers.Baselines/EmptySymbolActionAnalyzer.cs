using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Twister.Analyzers.Baselines;

/// <summary>One no-op symbol action on named types: the driver walks declarations only.</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class EmptySymbolActionAnalyzer : EmptyAnalyzer
{
    /// <summary>Creates the analyzer.</summary>
    public EmptySymbolActionAnalyzer() : base("BENCH0001") { }

    /// <inheritdoc />
    protected override void Register(AnalysisContext context) => context.RegisterSymbolAction(_ => { }, SymbolKind.NamedType);
}
