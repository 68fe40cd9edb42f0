using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using Twister.Generators.Analyzers.Common;
using Twister.Generators.Common;

namespace Twister.Generators.Analyzers.Content;

/// <summary>
/// TWIST3001: Plot renders HTML itself, so a connector passes raw HTML with
/// <c>ContentType.Html</c>. Stripping sites are flagged when they are reachable from a connector's
/// code: the analyzer records stripping sites and call edges between source methods, then walks
/// the calls from every member of every connector class at the end of the compilation.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class HtmlStrippingAnalyzer : DiagnosticAnalyzer
{
    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptors.HtmlStrippedLocally);

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(start =>
        {
            if (start.Compilation.GetTypeByMetadataName(KnownNames.ConnectorBase) is null) return;
            var graph = new CallGraph();
            start.RegisterOperationAction(operation => graph.Record(operation), OperationKind.Invocation, OperationKind.PropertyReference);
            start.RegisterCompilationEndAction(end =>
            {
                foreach (var (location, description) in graph.ReachableSites())
                    end.ReportDiagnostic(Diagnostic.Create(Descriptors.HtmlStrippedLocally, location, description));
            });
        });
    }

    /// <summary>Stripping sites and calls between source methods, recorded concurrently.</summary>
    private sealed class CallGraph
    {
        private readonly ConcurrentBag<(ISymbol Caller, ISymbol Callee)> _calls = new();
        private readonly ConcurrentBag<(ISymbol Caller, Location Location, string Description)> _sites = new();
        private readonly ConcurrentDictionary<ISymbol, bool> _roots = new(SymbolEqualityComparer.Default);

        public void Record(OperationAnalysisContext context)
        {
            var caller = context.ContainingSymbol;
            if (ConnectorScope.IsInConnector(caller)) _roots.TryAdd(caller, true);

            if (HtmlStrippingSites.Describe(context.Operation) is { } description)
                _sites.Add((caller, context.Operation.Syntax.GetLocation(), description));

            var callee = context.Operation switch
            {
                IInvocationOperation invocation => invocation.TargetMethod.OriginalDefinition,
                IPropertyReferenceOperation property => property.Property.GetMethod?.OriginalDefinition,
                _ => null,
            };
            if (callee is not null && callee.Locations.Length > 0 && callee.Locations[0].IsInSource)
                _calls.Add((caller, callee));
        }

        public IEnumerable<(Location Location, string Description)> ReachableSites()
        {
            var edges = new Dictionary<ISymbol, List<ISymbol>>(SymbolEqualityComparer.Default);
            foreach (var (caller, callee) in _calls)
            {
                if (!edges.TryGetValue(caller, out var list)) edges[caller] = list = new List<ISymbol>();
                list.Add(callee);
            }

            var reached = new HashSet<ISymbol>(_roots.Keys, SymbolEqualityComparer.Default);
            var pending = new Stack<ISymbol>(reached);
            while (pending.Count > 0)
            {
                if (!edges.TryGetValue(pending.Pop(), out var callees)) continue;
                foreach (var callee in callees)
                {
                    if (reached.Add(callee)) pending.Push(callee);
                }
            }

            foreach (var (caller, location, description) in _sites)
            {
                if (reached.Contains(caller)) yield return (location, description);
            }
        }
    }
}
