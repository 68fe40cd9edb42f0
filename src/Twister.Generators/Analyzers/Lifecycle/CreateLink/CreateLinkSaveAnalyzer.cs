using System.Collections.Generic;
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
        context.RegisterCompilationStartAction(start =>
        {
            if (start.Compilation.GetTypeByMetadataName(KnownNames.ConnectorBase) is null) return;
            var methods = SourceMethods.For(start.Compilation);
            start.RegisterSymbolAction(symbol => Analyze(symbol, methods), SymbolKind.NamedType);
        });
    }

    private static void Analyze(SymbolAnalysisContext context, SourceMethods methods)
    {
        var connector = (INamedTypeSymbol)context.Symbol;
        if (!ConnectorScope.IsTwist(connector) || LifecycleHooks.OverrideOf(connector, LifecycleHooks.CreateLink) is not { } hook) return;

        var seen = new HashSet<IMethodSymbol>(SymbolEqualityComparer.Default) { hook.OriginalDefinition };
        var pending = new Queue<(IMethodSymbol Method, int Depth)>();
        pending.Enqueue((hook, 0));
        while (pending.Count > 0)
        {
            var (method, depth) = pending.Dequeue();
            if (methods.CodeOf(method, context.CancellationToken) is not { } code) continue;
            foreach (var node in code.Body.DescendantNodesAndSelf())
            {
                if (node is InvocationExpressionSyntax call && CallSyntax.CalledName(call) is { } name && ToolCalls.PlotSaves.Contains(name)
                    && code.Model.GetSymbolInfo(call, context.CancellationToken).Symbol is IMethodSymbol target
                    && ToolCalls.IsAny(target, ToolCalls.Plot, ToolCalls.PlotSaves))
                    context.ReportDiagnostic(Diagnostic.Create(Descriptors.CreateLinkSavesItself, call.GetLocation(), name));
            }
            if (depth >= MaxDepth) continue;
            foreach (var call in methods.CallsOf(method, context.CancellationToken))
            {
                if (seen.Add(call.Target.OriginalDefinition)) pending.Enqueue((call.Target, depth + 1));
            }
        }
    }
}
