using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Twister.Generators.Analyzers.Common;
using Twister.Generators.Analyzers.Lifecycle.Common;
using Twister.Generators.Common;

namespace Twister.Generators.Analyzers.Lifecycle.CreateLink;

/// <summary>
/// TWIST4004: the runtime saves the link <c>OnCreateLinkAsync</c> returns as the thread's link; saving an
/// item into Plot from the hook (<see cref="ToolCalls.PlotSaves"/>), or from a method it calls (three
/// calls deep), makes a second, duplicate thread.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class CreateLinkSaveAnalyzer : DiagnosticAnalyzer
{
    private const int MaxDepth = 3;

    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptors.CreateLinkSavesItself);

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        ConnectorRules.Register(context, KnownNames.ConnectorBase, Analyze);
    }

    private static void Analyze(SymbolAnalysisContext context, INamedTypeSymbol connector, SourceMethods methods)
    {
        if (LifecycleHooks.OverrideOf(connector, LifecycleHooks.CreateLink) is not { } hook) return;
        foreach (var (code, _) in methods.Reachable(hook, MaxDepth, _ => true, context.CancellationToken))
        {
            foreach (var node in code.Body.DescendantNodesAndSelf())
            {
                if (node is InvocationExpressionSyntax call && CallSyntax.CalledName(call) is { } name && ToolCalls.PlotSaves.Contains(name)
                    && code.Model.GetSymbolInfo(call, context.CancellationToken).Symbol is IMethodSymbol target
                    && ToolCalls.IsAny(target, ToolCalls.Plot, ToolCalls.PlotSaves))
                    context.ReportDiagnostic(Diagnostic.Create(Descriptors.CreateLinkSavesItself, call.GetLocation(), name));
            }
        }
    }
}
