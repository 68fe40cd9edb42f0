using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Twister.Generators.Analyzers.Common;
using Twister.Generators.Analyzers.Reach;
using Twister.Generators.Common;

namespace Twister.Generators.Analyzers.Content;

/// <summary>
/// TWIST3001: Plot renders HTML itself, so a connector passes raw HTML with
/// <c>ContentType.Html</c>. Stripping sites are flagged when connector code reaches them
/// (<see cref="ConnectorReach"/>): in a connector class at once, elsewhere at the end of the
/// compilation. Only nodes whose name can be a stripping site are bound.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class HtmlStrippingAnalyzer : DiagnosticAnalyzer
{
    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(
        Descriptors.HtmlStrippedLocally, Descriptors.AtCompilationEnd(Descriptors.HtmlStrippedLocally));

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        DataRules.Register(context, KnownNames.ConnectorBase, CandidateKinds, Analyze);
    }

    private static readonly ImmutableArray<SyntaxKind> CandidateKinds = ImmutableArray.Create(
        SyntaxKind.InvocationExpression, SyntaxKind.SimpleMemberAccessExpression, SyntaxKind.MemberBindingExpression);

    private static void Analyze(NodeContext context, DataRuleContext rule)
    {
        var name = context.Node switch
        {
            InvocationExpressionSyntax invocation => CallSyntax.CalledName(invocation),
            // A property read: `doc.Body.TextContent`, or `doc.Body?.TextContent` (not the name of a call).
            MemberAccessExpressionSyntax { Parent: not InvocationExpressionSyntax } access => access.Name.Identifier.ValueText,
            MemberBindingExpressionSyntax { Parent: not InvocationExpressionSyntax } binding => binding.Name.Identifier.ValueText,
            _ => null,
        };
        if (name is null || !HtmlStrippingSites.IsCandidateName(name)) return;
        if (HtmlStrippingSites.Describe(context.Node, context.SemanticModel, context.CancellationToken) is { } description)
            rule.Findings.Report(context, context.ContainingSymbol, Descriptors.HtmlStrippedLocally, context.Node.GetLocation(), null, description);
    }

}
