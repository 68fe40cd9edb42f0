using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Twister.Analyzers.Baselines;

/// <summary>One no-op operation action on invocations: the driver builds the operation tree of every method body.</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class EmptyOperationActionAnalyzer : EmptyAnalyzer
{
    /// <summary>Creates the analyzer.</summary>
    public EmptyOperationActionAnalyzer() : base("BENCH0004") { }

    /// <inheritdoc />
    protected override void Register(AnalysisContext context) => context.RegisterOperationAction(_ => { }, OperationKind.Invocation);
}
