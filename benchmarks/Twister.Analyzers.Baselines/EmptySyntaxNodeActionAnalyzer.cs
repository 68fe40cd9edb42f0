using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Twister.Analyzers.Baselines;

/// <summary>One no-op syntax node action on invocations: the driver walks every method body's syntax.</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class EmptySyntaxNodeActionAnalyzer : EmptyAnalyzer
{
    /// <summary>Creates the analyzer.</summary>
    public EmptySyntaxNodeActionAnalyzer() : base("BENCH0002") { }

    /// <inheritdoc />
    protected override void Register(AnalysisContext context) => context.RegisterSyntaxNodeAction(_ => { }, SyntaxKind.InvocationExpression);
}
