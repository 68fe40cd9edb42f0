using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Twister.Generators.Analyzers.Common;

/// <summary>
/// The bodies of a compilation's source methods, what they return and the calls between them, read
/// once per method and compilation and shared by every analyzer of the package: the data rules follow a
/// value such as <c>Source = SourceOf(issue)</c> into <c>SourceOf</c>, the lifecycle rules read a hook
/// with the methods it calls, wherever they are declared.
/// </summary>
internal sealed class SourceMethods
{
    private static readonly ConditionalWeakTable<Compilation, SourceMethods> ByCompilation = new();

    private readonly Compilation _compilation;
    private readonly ConcurrentDictionary<IMethodSymbol, MethodCode?> _code = new(SymbolEqualityComparer.Default);
    private readonly ConcurrentDictionary<IMethodSymbol, ImmutableArray<SourceCall>> _calls = new(SymbolEqualityComparer.Default);
    private readonly ConcurrentDictionary<IMethodSymbol, ImmutableArray<ExpressionSyntax>> _returned = new(SymbolEqualityComparer.Default);
    private readonly System.Lazy<HashSet<string>> _methodNames;
    private readonly ConcurrentDictionary<INamedTypeSymbol, ToolReceivers> _tools = new(SymbolEqualityComparer.Default);

    private SourceMethods(Compilation compilation)
    {
        _compilation = compilation;
        _methodNames = new System.Lazy<HashSet<string>>(ReadMethodNames, LazyThreadSafetyMode.ExecutionAndPublication);
    }

    /// <summary>
    /// Whether a method named <paramref name="name"/> is declared in the compilation's own (not generated)
    /// code: a call by another name cannot reach source code, so it is not bound.
    /// </summary>
    public bool IsSourceMethodName(string name) => _methodNames.Value.Contains(name);

    /// <summary>
    /// The runtime tool <paramref name="call"/> (in <paramref name="code"/>) is written on, read from syntax
    /// (<see cref="ToolReceivers.ToolOf"/>); <see langword="null"/>: not written on one, or bind to know.
    /// </summary>
    public string? ToolOf(InvocationExpressionSyntax call, MethodCode code)
        => code.Method.ContainingType is { } type ? _tools.GetOrAdd(type.OriginalDefinition, ToolReceivers.For).ToolOf(call, code, this) : null;

    /// <summary>The methods of <paramref name="compilation"/>, shared by every analyzer that asks.</summary>
    public static SourceMethods For(Compilation compilation) => ByCompilation.GetValue(compilation, c => new SourceMethods(c));

    /// <summary>The body of <paramref name="method"/> with its file's semantic model; <see langword="null"/> without source or body.</summary>
    public MethodCode? CodeOf(IMethodSymbol method, CancellationToken cancellationToken)
        => _code.GetOrAdd(method.OriginalDefinition, m => Read(m, cancellationToken));

    /// <summary>
    /// The calls in <paramref name="method"/>'s body to methods declared in source (lambdas included),
    /// generated code left out. Only calls named like a source method are bound, so calls into the
    /// framework cost nothing.
    /// </summary>
    public ImmutableArray<SourceCall> CallsOf(IMethodSymbol method, CancellationToken cancellationToken)
        => _calls.GetOrAdd(method.OriginalDefinition, m => ReadCalls(m, cancellationToken));

    /// <summary>
    /// The expressions <paramref name="method"/> returns (its expression body, or every <c>return</c>
    /// outside lambdas and local functions), read with <see cref="MethodCode.Model"/>; empty without a body.
    /// </summary>
    public ImmutableArray<ExpressionSyntax> ReturnedBy(IMethodSymbol method, CancellationToken cancellationToken)
        => _returned.GetOrAdd(method.OriginalDefinition, m => ReadReturned(m, cancellationToken));

    /// <summary>
    /// <paramref name="root"/> and the source methods it calls, breadth first, at most
    /// <paramref name="maxDepth"/> calls deep, each once; <paramref name="follow"/> decides which calls to follow.
    /// </summary>
    public IEnumerable<(MethodCode Code, int Depth)> Reachable(IMethodSymbol root, int maxDepth, System.Func<SourceCall, bool> follow, CancellationToken cancellationToken)
    {
        var seen = new HashSet<IMethodSymbol>(SymbolEqualityComparer.Default) { root.OriginalDefinition };
        var pending = new Queue<(IMethodSymbol Method, int Depth)>();
        pending.Enqueue((root, 0));
        while (pending.Count > 0)
        {
            var (method, depth) = pending.Dequeue();
            if (CodeOf(method, cancellationToken) is not { } code) continue;
            yield return (code, depth);
            if (depth >= maxDepth) continue;
            foreach (var call in CallsOf(method, cancellationToken))
            {
                if (follow(call) && seen.Add(call.Target.OriginalDefinition)) pending.Enqueue((call.Target, depth + 1));
            }
        }
    }

    private MethodCode? Read(IMethodSymbol method, CancellationToken cancellationToken)
    {
        var target = method.PartialImplementationPart ?? method;
        if (target.DeclaringSyntaxReferences.Length != 1 || GeneratedCode.Is(target.DeclaringSyntaxReferences[0].SyntaxTree)) return null;
        var syntax = target.DeclaringSyntaxReferences[0].GetSyntax(cancellationToken);
        SyntaxNode? body = syntax switch
        {
            BaseMethodDeclarationSyntax m => (SyntaxNode?)m.Body ?? m.ExpressionBody?.Expression,
            AccessorDeclarationSyntax a => (SyntaxNode?)a.Body ?? a.ExpressionBody?.Expression,
            ArrowExpressionClauseSyntax arrow => arrow.Expression,
            LocalFunctionStatementSyntax f => (SyntaxNode?)f.Body ?? f.ExpressionBody?.Expression,
            _ => null,
        };
        if (body is null) return null;
        // Analyzers normally use the model the driver gives them; a method of another file needs its
        // own, and the driver's caching semantic model provider hands out the one it analyzes that file with.
#pragma warning disable RS1030
        var model = _compilation.GetSemanticModel(syntax.SyntaxTree);
#pragma warning restore RS1030
        return new MethodCode(method, body, model);
    }

    private ImmutableArray<SourceCall> ReadCalls(IMethodSymbol method, CancellationToken cancellationToken)
    {
        if (CodeOf(method, cancellationToken) is not { } code) return ImmutableArray<SourceCall>.Empty;
        var calls = ImmutableArray.CreateBuilder<SourceCall>();
        foreach (var invocation in code.Invocations)
        {
            if (CallSyntax.CalledName(invocation) is not { } name || !IsSourceMethodName(name)) continue;
            // The generated callback factories (Callbacks.Sync(...)) are named like the callbacks, but are generated code.
            if (IsCallbackFactory(invocation, code)) continue;
            if (code.Model.GetSymbolInfo(invocation, cancellationToken).Symbol is IMethodSymbol target && CodeOf(target, cancellationToken) is not null)
                calls.Add(new SourceCall(invocation, target.ReducedFrom ?? target));
        }
        return calls.ToImmutable();
    }

    private bool IsCallbackFactory(InvocationExpressionSyntax invocation, MethodCode code)
        => invocation.Expression is MemberAccessExpressionSyntax { Expression: var receiver }
           && receiver is IdentifierNameSyntax { Identifier.ValueText: "Callbacks" } or MemberAccessExpressionSyntax { Expression: ThisExpressionSyntax, Name.Identifier.ValueText: "Callbacks" }
           && code.Method.ContainingType is { } type
           && _tools.GetOrAdd(type.OriginalDefinition, ToolReceivers.For).IsCallbackFactoryReceiver(receiver, code);

    private HashSet<string> ReadMethodNames()
    {
        var names = new HashSet<string>(System.StringComparer.Ordinal);
        foreach (var tree in _compilation.SyntaxTrees)
        {
            if (GeneratedCode.Is(tree)) continue;
            // Declarations only: namespaces and types are entered, member bodies are not.
            foreach (var node in tree.GetRoot().DescendantNodes(n => n is CompilationUnitSyntax or BaseNamespaceDeclarationSyntax or TypeDeclarationSyntax))
            {
                if (node is MethodDeclarationSyntax method) names.Add(method.Identifier.ValueText);
            }
        }
        return names;
    }

    private ImmutableArray<ExpressionSyntax> ReadReturned(IMethodSymbol method, CancellationToken cancellationToken)
    {
        if (CodeOf(method, cancellationToken) is not { } code) return ImmutableArray<ExpressionSyntax>.Empty;
        if (code.Body is ExpressionSyntax expression) return ImmutableArray.Create(expression);
        var values = ImmutableArray.CreateBuilder<ExpressionSyntax>();
        foreach (var node in code.Body.DescendantNodes(n => n is not (AnonymousFunctionExpressionSyntax or LocalFunctionStatementSyntax)))
        {
            if (node is ReturnStatementSyntax { Expression: { } value }) values.Add(value);
        }
        return values.ToImmutable();
    }
}

/// <summary>A method's body (a block or an expression) and its file's semantic model.</summary>
internal sealed record MethodCode(IMethodSymbol Method, SyntaxNode Body, SemanticModel Model)
{
    private HashSet<string>? _declared;
    private ImmutableArray<InvocationExpressionSyntax> _invocations;

    /// <summary>The calls written in the body, lambdas and local functions included, in syntax order (read once).</summary>
    public ImmutableArray<InvocationExpressionSyntax> Invocations
    {
        get
        {
            if (_invocations.IsDefault)
            {
                var calls = ImmutableArray.CreateBuilder<InvocationExpressionSyntax>();
                foreach (var node in Body.DescendantNodesAndSelf())
                {
                    if (node is InvocationExpressionSyntax call) calls.Add(call);
                }
                ImmutableInterlocked.InterlockedInitialize(ref _invocations, calls.ToImmutable());
            }
            return _invocations;
        }
    }

    /// <summary>Whether the method declares a parameter, local, pattern variable, loop variable or lambda parameter named <paramref name="name"/>.</summary>
    public bool Declares(string name)
    {
        var declared = _declared;
        if (declared is null)
        {
            declared = new HashSet<string>(System.StringComparer.Ordinal);
            foreach (var parameter in Method.Parameters) declared.Add(parameter.Name);
            foreach (var node in Body.DescendantNodesAndSelf())
            {
                var identifier = node switch
                {
                    VariableDeclaratorSyntax variable => variable.Identifier.ValueText,
                    SingleVariableDesignationSyntax designation => designation.Identifier.ValueText,
                    ParameterSyntax parameter => parameter.Identifier.ValueText,
                    ForEachStatementSyntax loop => loop.Identifier.ValueText,
                    LocalFunctionStatementSyntax function => function.Identifier.ValueText,
                    _ => null,
                };
                if (identifier is not null) declared.Add(identifier);
            }
            _declared = declared;
        }
        return declared.Contains(name);
    }
}

/// <summary>A call from one source method to another.</summary>
internal readonly record struct SourceCall(InvocationExpressionSyntax Invocation, IMethodSymbol Target);
