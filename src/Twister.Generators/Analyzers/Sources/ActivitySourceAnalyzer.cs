using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Twister.Generators.Analyzers.Common;
using Twister.Generators.Common;

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
        ImmutableArray.Create(Descriptors.SourceFromMutableIdentifier, Descriptors.ActivityWithoutSource);

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        ActivityInitializer.Register(context, Analyze);
    }

    private static void Analyze(NodeContext context)
    {
        if (ActivityInitializer.Read(context) is not { } activity) return;

        var source = activity.Find("Source");
        if (source is null || context.SemanticModel.GetConstantValue(source.Right, context.CancellationToken) is { HasValue: true, Value: null })
        {
            if (activity.IsWholeActivity || source is not null)
                context.ReportDiagnostic(Diagnostic.Create(Descriptors.ActivityWithoutSource, activity.Construction.GetFirstToken().GetLocation()));
            return;
        }

        foreach (var leaf in ValueOrigins.Of(source.Right, context.SemanticModel, context.CancellationToken))
        {
            if (IdentifierMutability.ProblemOf(leaf, context.SemanticModel, context.CancellationToken) is { } problem)
                context.ReportDiagnostic(Diagnostic.Create(Descriptors.SourceFromMutableIdentifier, leaf.GetLocation(), leaf.ToString(), problem));
        }
    }
}
