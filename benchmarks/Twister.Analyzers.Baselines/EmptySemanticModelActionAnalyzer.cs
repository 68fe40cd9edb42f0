using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Twister.Analyzers.Baselines;

/// <summary>One no-op semantic model action: the driver hands over each file's semantic model once.</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class EmptySemanticModelActionAnalyzer : EmptyAnalyzer
{
    /// <summary>Creates the analyzer.</summary>
    public EmptySemanticModelActionAnalyzer() : base("BENCH0003") { }

    /// <inheritdoc />
    protected override void Register(AnalysisContext context) => context.RegisterSemanticModelAction(_ => { });
}
