using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Twister.Generators.Analyzers.Common;
using Twister.Generators.Common;

namespace Twister.Generators.Analyzers.Content;

/// <summary>
/// TWIST3001: Plot renders HTML itself, so a connector passes raw HTML with
/// <c>ContentType.Html</c>. Stripping sites are flagged when they are reachable from a connector's
/// code. To stay cheap the call graph is syntactic: a call to a method named N reaches every source
/// method named N (an over-approximation for overloads and same-named methods); only nodes whose
/// name can be a stripping site are bound. At the end of the compilation the graph is walked from
/// every member of every connector class.
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
            NodeScan.Register(start, RecordedKinds, graph.Record);
            start.RegisterCompilationEndAction(end =>
            {
                foreach (var (location, description) in graph.ReachableSites())
                    end.ReportDiagnostic(Diagnostic.Create(Descriptors.HtmlStrippedLocally, location, description));
            });
        });
    }

    private static readonly ImmutableArray<SyntaxKind> RecordedKinds = ImmutableArray.Create(SyntaxKind.InvocationExpression, SyntaxKind.SimpleMemberAccessExpression);

    /// <summary>Stripping sites and calls by name between source methods, recorded concurrently.</summary>
    private sealed class CallGraph
    {
        private readonly ConcurrentBag<(ISymbol Caller, string Callee)> _calls = new();
        private readonly ConcurrentBag<(ISymbol Caller, Location Location, string Description)> _sites = new();
        private readonly ConcurrentDictionary<ISymbol, bool> _roots = new(SymbolEqualityComparer.Default);

        public void Record(NodeContext context)
        {
            var name = context.Node switch
            {
                InvocationExpressionSyntax invocation => CalledName(invocation.Expression),
                MemberAccessExpressionSyntax { Parent: not InvocationExpressionSyntax } access => access.Name.Identifier.ValueText,
                _ => null,
            };
            if (name is null) return;
            var caller = context.ContainingSymbol;
            if (caller is null) return;

            if (context.Node is InvocationExpressionSyntax)
            {
                _calls.Add((caller, name));
                if (ConnectorScope.IsInConnector(caller)) _roots.TryAdd(caller, true);
            }
            if (HtmlStrippingSites.IsCandidateName(name)
                && HtmlStrippingSites.Describe(context.Node, context.SemanticModel, context.CancellationToken) is { } description)
            {
                _sites.Add((caller, context.Node.GetLocation(), description));
                if (ConnectorScope.IsInConnector(caller)) _roots.TryAdd(caller, true);
            }
        }

        private static string? CalledName(ExpressionSyntax expression) => expression switch
        {
            MemberAccessExpressionSyntax access => access.Name.Identifier.ValueText,
            MemberBindingExpressionSyntax binding => binding.Name.Identifier.ValueText,
            SimpleNameSyntax simple => simple.Identifier.ValueText,
            _ => null,
        };

        public IEnumerable<(Location Location, string Description)> ReachableSites()
        {
            var byName = new Dictionary<string, List<ISymbol>>(System.StringComparer.Ordinal);
            var edges = new Dictionary<ISymbol, List<string>>(SymbolEqualityComparer.Default);
            foreach (var (caller, callee) in _calls)
            {
                if (!edges.TryGetValue(caller, out var list)) edges[caller] = list = new List<string>();
                list.Add(callee);
            }
            foreach (var method in edges.Keys) Add(byName, method);
            foreach (var site in _sites) Add(byName, site.Caller);

            var reached = new HashSet<ISymbol>(_roots.Keys, SymbolEqualityComparer.Default);
            var pending = new Stack<ISymbol>(reached);
            while (pending.Count > 0)
            {
                if (!edges.TryGetValue(pending.Pop(), out var callees)) continue;
                foreach (var callee in callees)
                {
                    if (!byName.TryGetValue(callee, out var targets)) continue;
                    foreach (var target in targets)
                    {
                        if (reached.Add(target)) pending.Push(target);
                    }
                }
            }

            foreach (var (caller, location, description) in _sites)
            {
                if (reached.Contains(caller)) yield return (location, description);
            }
        }

        private static void Add(Dictionary<string, List<ISymbol>> byName, ISymbol method)
        {
            if (!byName.TryGetValue(method.Name, out var list)) byName[method.Name] = list = new List<ISymbol>();
            if (!list.Contains(method, SymbolEqualityComparer.Default)) list.Add(method);
        }
    }
}
