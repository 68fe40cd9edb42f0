using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Twister.Generators.Analyzers.Common;
using Twister.Generators.Analyzers.Reach;

namespace Twister.Generators.Analyzers.Sources;

/// <summary>
/// TWIST2001/2002: Plot upserts an activity by its <c>Source</c>, so a connector's activities need
/// one, built from identifiers that never change for the same external item.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class ActivitySourceAnalyzer : DiagnosticAnalyzer
{
    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
        ImmutableArray.Create(
            Descriptors.SourceFromMutableIdentifier, Descriptors.ActivityWithoutSource,
            Descriptors.AtCompilationEnd(Descriptors.SourceFromMutableIdentifier), Descriptors.AtCompilationEnd(Descriptors.ActivityWithoutSource));

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
        var member = context.ContainingSymbol;

        var source = activity.Find("Source");
        if (source is null || context.SemanticModel.GetConstantValue(source.Right, context.CancellationToken) is { HasValue: true, Value: null })
        {
            if (activity.IsWholeActivity || source is not null)
                rule.Findings.Report(context, member, Descriptors.ActivityWithoutSource, activity.Construction.GetFirstToken().GetLocation());
            return;
        }

        // Followed into helpers (`Source = SourceOf(issue)`): a mutable piece is reported where it is made.
        foreach (var (leaf, model) in ValueOrigins.Of(source.Right, context.SemanticModel, context.CancellationToken, rule.Methods))
        {
            if (IdentifierMutability.ProblemOf(leaf, model, context.CancellationToken) is { } problem)
                rule.Findings.Report(context, member, Descriptors.SourceFromMutableIdentifier, leaf.GetLocation(), null, leaf.ToString(), problem);
        }
    }
}
