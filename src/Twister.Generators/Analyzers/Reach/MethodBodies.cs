using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Twister.Generators.Analyzers.Reach;

/// <summary>
/// The values a source method returns, read once per method and compilation (shared by every
/// analyzer of the package): the rules follow a value such as <c>Source = SourceOf(issue)</c> into
/// <c>SourceOf</c> and report the offending piece where it is made.
/// </summary>
internal sealed class MethodBodies
{
    private static readonly ConditionalWeakTable<Compilation, MethodBodies> ByCompilation = new();

    private readonly Compilation _compilation;
    private readonly ConcurrentDictionary<IMethodSymbol, Returned?> _returned = new(SymbolEqualityComparer.Default);

    private MethodBodies(Compilation compilation) => _compilation = compilation;

    /// <summary>The bodies of <paramref name="compilation"/>, shared by every analyzer that asks.</summary>
    public static MethodBodies For(Compilation compilation) => ByCompilation.GetValue(compilation, c => new MethodBodies(c));

    /// <summary>
    /// The expressions <paramref name="method"/> returns (its expression body, or every <c>return</c>
    /// outside lambdas and local functions) with the semantic model of its file; <see langword="null"/>
    /// for a method without source or body.
    /// </summary>
    public Returned? ReturnedBy(IMethodSymbol method, CancellationToken cancellationToken)
        => _returned.GetOrAdd(method.OriginalDefinition, m => Read(m, cancellationToken));

    private Returned? Read(IMethodSymbol method, CancellationToken cancellationToken)
    {
        var target = method.PartialImplementationPart ?? method;
        if (target.DeclaringSyntaxReferences.Length != 1) return null;
        var syntax = target.DeclaringSyntaxReferences[0].GetSyntax(cancellationToken);
        var (expressionBody, body) = syntax switch
        {
            BaseMethodDeclarationSyntax m => (m.ExpressionBody?.Expression, m.Body),
            LocalFunctionStatementSyntax f => (f.ExpressionBody?.Expression, f.Body),
            _ => (null, null),
        };
        if (expressionBody is null && body is null) return null;

        var values = ImmutableArray.CreateBuilder<ExpressionSyntax>();
        if (expressionBody is not null) values.Add(expressionBody);
        else
        {
            foreach (var node in body!.DescendantNodes(n => n is not (AnonymousFunctionExpressionSyntax or LocalFunctionStatementSyntax)))
            {
                if (node is ReturnStatementSyntax { Expression: { } value }) values.Add(value);
            }
        }
        // Analyzers normally use the model the driver gives them; a helper lives in another file, and
        // the driver's caching semantic model provider hands out the same model for it.
#pragma warning disable RS1030
        var model = _compilation.GetSemanticModel(syntax.SyntaxTree);
#pragma warning restore RS1030
        return new Returned(values.ToImmutable(), model);
    }

    /// <summary>What a method returns.</summary>
    /// <param name="Values">The returned expressions.</param>
    /// <param name="Model">The semantic model of the method's file.</param>
    public sealed record Returned(ImmutableArray<ExpressionSyntax> Values, SemanticModel Model);
}
