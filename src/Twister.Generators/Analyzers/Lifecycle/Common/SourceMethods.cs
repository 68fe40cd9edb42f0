using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Twister.Generators.Analyzers.Common;

namespace Twister.Generators.Analyzers.Lifecycle.Common;

/// <summary>
/// The bodies of a compilation's source methods and the calls between them, read once per method
/// and compilation and shared by every lifecycle rule: a hook is read together with the methods it
/// calls (a few calls deep), wherever they are declared.
/// </summary>
internal sealed class SourceMethods
{
    private static readonly ConditionalWeakTable<Compilation, SourceMethods> ByCompilation = new();

    private readonly Compilation _compilation;
    private readonly ConcurrentDictionary<IMethodSymbol, MethodCode?> _code = new(SymbolEqualityComparer.Default);
    private readonly ConcurrentDictionary<IMethodSymbol, ImmutableArray<SourceCall>> _calls = new(SymbolEqualityComparer.Default);

    private SourceMethods(Compilation compilation) => _compilation = compilation;

    /// <summary>The methods of <paramref name="compilation"/>, shared by every analyzer that asks.</summary>
    public static SourceMethods For(Compilation compilation) => ByCompilation.GetValue(compilation, c => new SourceMethods(c));

    /// <summary>The body of <paramref name="method"/> with its file's semantic model; <see langword="null"/> without source or body.</summary>
    public MethodCode? CodeOf(IMethodSymbol method, CancellationToken cancellationToken)
        => _code.GetOrAdd(method.OriginalDefinition, m => Read(m, cancellationToken));

    /// <summary>
    /// The calls in <paramref name="method"/>'s body to methods declared in source (lambdas included).
    /// Only calls whose name a source member has are bound, so calls into the framework cost nothing.
    /// </summary>
    public ImmutableArray<SourceCall> CallsOf(IMethodSymbol method, CancellationToken cancellationToken)
        => _calls.GetOrAdd(method.OriginalDefinition, m => ReadCalls(m, cancellationToken));

    private MethodCode? Read(IMethodSymbol method, CancellationToken cancellationToken)
    {
        var target = method.PartialImplementationPart ?? method;
        if (target.DeclaringSyntaxReferences.Length != 1) return null;
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
        // The driver's caching semantic model provider hands out the model it analyzes that file with.
#pragma warning disable RS1030
        var model = _compilation.GetSemanticModel(syntax.SyntaxTree);
#pragma warning restore RS1030
        return new MethodCode(method, body, model);
    }

    private ImmutableArray<SourceCall> ReadCalls(IMethodSymbol method, CancellationToken cancellationToken)
    {
        if (CodeOf(method, cancellationToken) is not { } code) return ImmutableArray<SourceCall>.Empty;
        var calls = ImmutableArray.CreateBuilder<SourceCall>();
        foreach (var node in code.Body.DescendantNodesAndSelf())
        {
            if (node is not InvocationExpressionSyntax invocation || CallSyntax.CalledName(invocation) is not { } name) continue;
            if (!_compilation.ContainsSymbolsWithName(name, SymbolFilter.Member, cancellationToken)) continue;
            if (code.Model.GetSymbolInfo(invocation, cancellationToken).Symbol is IMethodSymbol target && !target.DeclaringSyntaxReferences.IsEmpty)
                calls.Add(new SourceCall(invocation, target.ReducedFrom ?? target));
        }
        return calls.ToImmutable();
    }
}

/// <summary>A method's body (a block or an expression) and its file's semantic model.</summary>
internal sealed record MethodCode(IMethodSymbol Method, SyntaxNode Body, SemanticModel Model);

/// <summary>A call from one source method to another.</summary>
internal readonly record struct SourceCall(InvocationExpressionSyntax Invocation, IMethodSymbol Target);
