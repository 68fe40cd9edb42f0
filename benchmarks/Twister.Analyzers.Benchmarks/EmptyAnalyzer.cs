using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Twister.Analyzers.Benchmarks;

/// <summary>
/// A measuring floor: an analyzer that reports nothing. What it registers decides what the analyzer
/// driver must do for it, so there is one per kind of action the Twister analyzers use.
/// </summary>
internal sealed class EmptyAnalyzer : DiagnosticAnalyzer
{
    private static readonly DiagnosticDescriptor Never = new("BENCH0001", "never", "never", "Bench", DiagnosticSeverity.Hidden, isEnabledByDefault: true);

    private readonly Action<AnalysisContext> _register;

    private EmptyAnalyzer(Action<AnalysisContext> register) => _register = register;

    /// <summary>One no-op symbol action on named types: the driver walks declarations only.</summary>
    public static EmptyAnalyzer SymbolAction() => new(c => c.RegisterSymbolAction(_ => { }, SymbolKind.NamedType));

    /// <summary>One no-op syntax node action on invocations: the driver walks every method body's syntax.</summary>
    public static EmptyAnalyzer SyntaxNodeAction() => new(c => c.RegisterSyntaxNodeAction(_ => { }, SyntaxKind.InvocationExpression));

    /// <summary>One no-op semantic model action: the driver hands over each file's semantic model once.</summary>
    public static EmptyAnalyzer SemanticModelAction() => new(c => c.RegisterSemanticModelAction(_ => { }));

    /// <summary>One no-op operation action on invocations: the driver builds the operation tree of every method body.</summary>
    public static EmptyAnalyzer OperationAction() => new(c => c.RegisterOperationAction(_ => { }, OperationKind.Invocation));

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = [Never];

    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        _register(context);
    }
}
