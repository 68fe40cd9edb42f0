using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Twister.Generators.Analyzers.Common;
using Twister.Generators.Analyzers.Lifecycle.Common;
using Twister.Generators.Callbacks.Parsing;
using Twister.Generators.Common;

namespace Twister.Generators.Analyzers.Lifecycle.Tasks;

/// <summary>
/// TWIST4006: a callback that queues a task of itself (<c>Tools.Tasks.RunTaskAsync(Callbacks.X(...))</c>,
/// to run as soon as possible) on every path (<see cref="EveryPath"/>), directly or through other
/// callbacks that do the same, makes a chain of tasks that never ends. Queues made by the methods a
/// callback calls on every path count (three calls deep). A task queued to run later
/// (<c>RunTaskAsync(callback, runAt)</c>) is a schedule, such as a periodic poll, and is not a link.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class EndlessTaskChainAnalyzer : DiagnosticAnalyzer
{
    private const int MaxDepth = 3;

    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptors.EndlessTaskChain);

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        ConnectorRules.Register(context, ToolCalls.Tasks, Analyze);
    }

    private static void Analyze(SymbolAnalysisContext context, INamedTypeSymbol connector, SourceMethods methods)
    {
        var callbacks = CallbackSignature.Of(connector).Select(c => c.Method).ToList();
        if (callbacks.Count == 0) return;

        // Every callback's unconditional queues: which callback, and the call in the callback that leads to it.
        var edges = new Dictionary<string, List<(string Target, InvocationExpressionSyntax Site)>>(System.StringComparer.Ordinal);
        foreach (var callback in callbacks)
        {
            var found = new List<(string, InvocationExpressionSyntax)>();
            if (methods.CodeOf(callback, context.CancellationToken) is { } code) Collect(code, null, found, methods, 0, new HashSet<IMethodSymbol>(SymbolEqualityComparer.Default), context.CancellationToken);
            edges[callback.Name] = found;
        }

        foreach (var callback in callbacks)
        {
            foreach (var (target, site) in edges[callback.Name])
            {
                if (PathBack(target, callback.Name, edges) is not { } path) continue;
                var cycle = string.Join(" → ", new[] { callback.Name }.Concat(path));
                context.ReportDiagnostic(Diagnostic.Create(Descriptors.EndlessTaskChain, site.GetLocation(), callback.Name, target, cycle));
            }
        }
    }

    /// <summary>The queues <paramref name="code"/> makes on every path; <paramref name="site"/> is the call in the callback that led here.</summary>
    private static void Collect(MethodCode code, InvocationExpressionSyntax? site, List<(string, InvocationExpressionSyntax)> found, SourceMethods methods, int depth,
        HashSet<IMethodSymbol> visited, CancellationToken cancellationToken)
    {
        if (!visited.Add(code.Method.OriginalDefinition)) return;
        foreach (var node in code.Body.DescendantNodesAndSelf(n => n is not (AnonymousFunctionExpressionSyntax or LocalFunctionStatementSyntax)))
        {
            // Only calls on every path are bound (a queue or a helper named like a source method): the
            // callbacks' other calls (inside loops and branches, into the framework) cost nothing.
            if (node is not InvocationExpressionSyntax call || CallSyntax.CalledName(call) is not { } name) continue;
            var isQueue = name == "RunTaskAsync";
            if (!isQueue && (depth >= MaxDepth || !methods.IsSourceMethodName(name))) continue;
            if (!EveryPath.Reaches(call, code.Body) || code.Model.GetSymbolInfo(call, cancellationToken).Symbol is not IMethodSymbol target) continue;
            if (isQueue)
            {
                if (ToolCalls.IsImmediateTask(target) && QueuedCallback(call, target, code) is { } queued) found.Add((queued, site ?? call));
            }
            else if (methods.CodeOf(target.ReducedFrom ?? target, cancellationToken) is { } callee)
            {
                Collect(callee, site ?? call, found, methods, depth + 1, visited, cancellationToken);
            }
        }
    }

    /// <summary>
    /// The callback a task runs: <c>Callbacks.X(...)</c> (the generated factory is named after the
    /// callback method), directly or through a local initialized with it.
    /// </summary>
    private static string? QueuedCallback(InvocationExpressionSyntax run, IMethodSymbol method, MethodCode code)
    {
        var argument = ValueSyntax.ArgumentFor(run.ArgumentList, method, "callback");
        if (argument is null) return null;
        argument = ValueSyntax.Unwrap(argument);
        if (argument is IdentifierNameSyntax local)
        {
            argument = code.Body.DescendantNodes().OfType<VariableDeclaratorSyntax>()
                .FirstOrDefault(v => v.Identifier.ValueText == local.Identifier.ValueText)?.Initializer?.Value;
            if (argument is null) return null;
            argument = ValueSyntax.Unwrap(argument);
        }
        return argument is InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax { Expression: IdentifierNameSyntax { Identifier.ValueText: "Callbacks" }, Name: var factory } }
            ? factory.Identifier.ValueText
            : null;
    }

    /// <summary>The chain of callbacks from <paramref name="from"/> back to <paramref name="to"/> through unconditional queues, or <see langword="null"/>.</summary>
    private static List<string>? PathBack(string from, string to, Dictionary<string, List<(string Target, InvocationExpressionSyntax Site)>> edges)
    {
        var previous = new Dictionary<string, string?>(System.StringComparer.Ordinal) { [from] = null };
        var pending = new Queue<string>();
        pending.Enqueue(from);
        while (pending.Count > 0)
        {
            var current = pending.Dequeue();
            if (current == to)
            {
                var path = new List<string>();
                for (string? step = current; step is not null; step = previous[step]) path.Insert(0, step);
                return path;
            }
            if (!edges.TryGetValue(current, out var next)) continue;
            foreach (var (target, _) in next)
            {
                if (previous.ContainsKey(target)) continue;
                previous[target] = current;
                pending.Enqueue(target);
            }
        }
        return null;
    }
}
