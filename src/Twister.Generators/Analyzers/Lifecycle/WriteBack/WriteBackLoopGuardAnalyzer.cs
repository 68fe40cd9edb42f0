using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Twister.Generators.Analyzers.Common;
using Twister.Generators.Analyzers.Lifecycle.Common;
using Twister.Generators.Common;

namespace Twister.Generators.Analyzers.Lifecycle.WriteBack;

/// <summary>
/// TWIST4005: notes the connector itself syncs into Plot are dispatched to its write-back hooks too, so
/// a hook that writes to the external service must first return when the note's author is a twist
/// (<see cref="AuthorChecks"/>). A write is a call outside the runtime and the framework named like one
/// (<c>Create</c>, <c>Update</c>, <c>Post</c>, <c>Send</c>, <c>Delete</c>, ...), an <c>HttpClient</c> send other than
/// a GET, or a call to a source method that makes one (three calls deep). The first write not guarded
/// (<see cref="Guards"/>) is reported.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class WriteBackLoopGuardAnalyzer : DiagnosticAnalyzer
{
    private const int MaxDepth = 3;

    private static readonly string[] WriteVerbs =
    {
        "Create", "Update", "Post", "Put", "Patch", "Delete", "Add", "Send", "Reply", "Edit", "Write", "Upsert", "Remove", "Set", "Insert", "Comment", "Publish", "Submit", "Save",
    };

    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptors.WriteBackWithoutLoopGuard);

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        ConnectorRules.Register(context, KnownNames.ConnectorBase, Analyze);
    }

    private static void Analyze(SymbolAnalysisContext context, INamedTypeSymbol connector, SourceMethods methods)
    {
        var writes = new Dictionary<IMethodSymbol, bool>(SymbolEqualityComparer.Default);
        foreach (var name in LifecycleHooks.WriteBack)
        {
            if (LifecycleHooks.OverrideOf(connector, name) is not { } hook || methods.CodeOf(hook, context.CancellationToken) is not { } code) continue;
            foreach (var node in code.Body.DescendantNodesAndSelf())
            {
                if (node is not InvocationExpressionSyntax call
                    || code.Model.GetSymbolInfo(call, context.CancellationToken).Symbol is not IMethodSymbol target
                    || !Writes(target, methods, writes, 0, context.CancellationToken)) continue;
                if (!Guards.IsGuarded(call, code.Body, AuthorChecks.Polarity))
                    context.ReportDiagnostic(Diagnostic.Create(Descriptors.WriteBackWithoutLoopGuard, call.GetLocation(), hook.Name));
                break;
            }
        }
    }

    /// <summary>Whether calling <paramref name="target"/> writes to the external service.</summary>
    private static bool Writes(IMethodSymbol target, SourceMethods methods, Dictionary<IMethodSymbol, bool> known, int depth, CancellationToken cancellationToken)
    {
        target = target.ReducedFrom ?? target;
        if (ToolCalls.IsRuntime(target)) return false;
        if (IsHttpWrite(target)) return true;
        if (!IsFramework(target) && StartsWithVerb(target.Name)) return true;
        if (depth >= MaxDepth || target.DeclaringSyntaxReferences.IsEmpty) return false;
        if (known.TryGetValue(target.OriginalDefinition, out var writes)) return writes;
        known[target.OriginalDefinition] = false; // a recursive call writes only if the rest of it does
        writes = false;
        foreach (var call in methods.CallsOf(target, cancellationToken))
        {
            if (Writes(call.Target, methods, known, depth + 1, cancellationToken))
            {
                writes = true;
                break;
            }
        }
        if (!writes && methods.CodeOf(target, cancellationToken) is { } code)
        {
            foreach (var node in code.Body.DescendantNodes())
            {
                if (node is InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax } call && CallSyntax.CalledName(call) is { } name && IsHttpWriteName(name)
                    && code.Model.GetSymbolInfo(call, cancellationToken).Symbol is IMethodSymbol http && IsHttpWrite(http))
                {
                    writes = true;
                    break;
                }
            }
        }
        known[target.OriginalDefinition] = writes;
        return writes;
    }

    private static bool StartsWithVerb(string name)
    {
        foreach (var verb in WriteVerbs)
        {
            if (name.StartsWith(verb, StringComparison.Ordinal) && (name.Length == verb.Length || char.IsUpper(name[verb.Length]))) return true;
        }
        return false;
    }

    private static bool IsHttpWriteName(string name)
        => name is "PostAsync" or "PutAsync" or "PatchAsync" or "DeleteAsync" or "SendAsync" or "PostAsJsonAsync" or "PutAsJsonAsync" or "PatchAsJsonAsync";

    private static bool IsHttpWrite(IMethodSymbol method)
        => IsHttpWriteName(method.Name) && method.ContainingType is { } type
           && (Symbols.IsType(type, "System.Net.Http.HttpClient") || Symbols.IsType(type, "System.Net.Http.HttpMessageInvoker")
               || Symbols.IsType(type, "System.Net.Http.Json.HttpClientJsonExtensions"));

    private static bool IsFramework(IMethodSymbol method)
    {
        var ns = method.ContainingNamespace;
        while (ns is { ContainingNamespace.IsGlobalNamespace: false }) ns = ns.ContainingNamespace;
        return ns?.Name is "System" or "Microsoft";
    }
}
