using System.Collections.Immutable;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Twister.Generators.Analyzers.Common;
using Twister.Generators.Analyzers.Reach;

namespace Twister.Generators.Analyzers.Sync;

/// <summary>
/// TWIST2005: <c>Unread</c>/<c>Archived</c> may only be given a value on the initial sync
/// (<c>Unread = initialSync ? false : null</c>, or inside <c>if (initialSync)</c>); an incremental
/// sync must leave them <see langword="null"/> so the user's own choices survive.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class SyncFlagAnalyzer : DiagnosticAnalyzer
{
    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(
        Descriptors.SyncFlagOutsideInitialSync, Descriptors.AtCompilationEnd(Descriptors.SyncFlagOutsideInitialSync));

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        ActivityInitializer.Register(context, Analyze);
    }

    private static void Analyze(NodeContext context, DataRuleContext rule)
    {
        if (ActivityInitializer.Read(context) is not { } activity) return;
        foreach (var name in new[] { "Unread", "Archived" })
        {
            if (activity.Find(name) is not { } assignment
                || IsAllowed(assignment.Right, context.SemanticModel, context.CancellationToken)
                || InitialSyncGuard.IsGuarded(assignment, context.SemanticModel, context.CancellationToken)) continue;
            rule.Findings.Report(context, context.ContainingSymbol, Descriptors.SyncFlagOutsideInitialSync, assignment.GetLocation(), null, name);
        }
    }

    /// <summary>Null, or a value only on the initial sync: <c>initialSync ? v : null</c> (<c>!initialSync ? null : v</c> is not recognised).</summary>
    private static bool IsAllowed(ExpressionSyntax value, SemanticModel model, CancellationToken cancellationToken)
    {
        if (ValueSyntax.IsNullOrDefault(value, model, cancellationToken)) return true;
        return ValueSyntax.Unwrap(value) is ConditionalExpressionSyntax conditional
               && InitialSyncGuard.IsInitialSyncCondition(conditional.Condition, model, cancellationToken)
               && ValueSyntax.IsNullOrDefault(conditional.WhenFalse, model, cancellationToken);
    }
}
