using System.Collections.Generic;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Twister.Generators.Analyzers.Common;

/// <summary>
/// Follows a value back to the pieces it is made of inside one member: through parentheses and
/// casts, interpolation, binary operators (concatenation) and <c>??</c>, <c>string.Format</c>/
/// <c>string.Concat</c>/<c>string.Join</c>, conditionals, array initializers, string-transforming
/// calls (<c>ToString</c>, <c>ToLowerInvariant</c>, ...) and locals (to their initializer and every
/// assignment in the member). Read from syntax; only calls and names are bound, one expression at a time.
/// </summary>
internal sealed class ValueOrigins
{
    private const int MaxDepth = 16;

    private readonly SemanticModel _model;
    private readonly CancellationToken _cancellationToken;
    private readonly List<ExpressionSyntax> _leaves = new();
    private readonly HashSet<ILocalSymbol> _visitedLocals = new(SymbolEqualityComparer.Default);

    private ValueOrigins(SemanticModel model, CancellationToken cancellationToken)
    {
        _model = model;
        _cancellationToken = cancellationToken;
    }

    /// <summary>The leaf expressions <paramref name="value"/> is built from, with parentheses and casts removed.</summary>
    public static List<ExpressionSyntax> Of(ExpressionSyntax value, SemanticModel model, CancellationToken cancellationToken)
    {
        var origins = new ValueOrigins(model, cancellationToken);
        origins.Visit(value, 0);
        return origins._leaves;
    }

    private void Visit(ExpressionSyntax? expression, int depth)
    {
        if (expression is null || depth > MaxDepth) return;
        expression = ValueSyntax.Unwrap(expression);
        switch (expression)
        {
            case InterpolatedStringExpressionSyntax interpolated:
                foreach (var content in interpolated.Contents)
                {
                    if (content is InterpolationSyntax interpolation) Visit(interpolation.Expression, depth + 1);
                }
                break;
            // Every binary operator but `is` (a type test); `as` is a conversion, removed by Unwrap.
            case BinaryExpressionSyntax binary when !binary.IsKind(SyntaxKind.IsExpression):
                Visit(binary.Left, depth + 1);
                Visit(binary.Right, depth + 1);
                break;
            case ConditionalExpressionSyntax conditional:
                Visit(conditional.WhenTrue, depth + 1);
                Visit(conditional.WhenFalse, depth + 1);
                break;
            case ArrayCreationExpressionSyntax { Initializer: { } arrayInitializer }:
                VisitAll(arrayInitializer, depth);
                break;
            case ImplicitArrayCreationExpressionSyntax implicitArray:
                VisitAll(implicitArray.Initializer, depth);
                break;
            case InvocationExpressionSyntax invocation:
                VisitInvocation(invocation, depth);
                break;
            case IdentifierNameSyntax name when _model.GetSymbolInfo(name, _cancellationToken).Symbol is ILocalSymbol local:
                if (_visitedLocals.Add(local))
                {
                    foreach (var assigned in AssignmentsOf(local, name)) Visit(assigned, depth + 1);
                }
                break;
            default:
                _leaves.Add(expression);
                break;
        }
    }

    private void VisitAll(InitializerExpressionSyntax initializer, int depth)
    {
        foreach (var element in initializer.Expressions) Visit(element, depth + 1);
    }

    private void VisitInvocation(InvocationExpressionSyntax invocation, int depth)
    {
        if (_model.GetSymbolInfo(invocation, _cancellationToken).Symbol is IMethodSymbol method)
        {
            if (IsStringComposition(method))
            {
                foreach (var argument in invocation.ArgumentList.Arguments) Visit(argument.Expression, depth + 1);
                return;
            }
            if (IsStringTransform(method))
            {
                // `value.ToLower()` is made of `value`; an unqualified `ToString()` is made of `this`, which is not a leaf that matters.
                if (invocation.Expression is MemberAccessExpressionSyntax access) Visit(access.Expression, depth + 1);
                return;
            }
        }
        _leaves.Add(invocation);
    }

    private static bool IsStringComposition(IMethodSymbol method)
        => method.ContainingType?.SpecialType == SpecialType.System_String && method.IsStatic
           && method.Name is "Format" or "Concat" or "Join";

    /// <summary>An instance call that only reshapes its receiver (an extension method's receiver is an argument, not followed).</summary>
    private static bool IsStringTransform(IMethodSymbol method)
        => !method.IsStatic && method.MethodKind != MethodKind.ReducedExtension
           && method.Name is "ToString" or "ToLower" or "ToLowerInvariant" or "ToUpper" or "ToUpperInvariant" or "Trim" or "Replace";

    /// <summary>The values given to a local: its initializer and every simple assignment in the member that uses it.</summary>
    private IEnumerable<ExpressionSyntax> AssignmentsOf(ILocalSymbol local, SyntaxNode reference)
    {
        var member = MemberOf(reference);
        foreach (var node in member.DescendantNodes())
        {
            switch (node)
            {
                case VariableDeclaratorSyntax { Initializer.Value: { } initial } declarator
                    when declarator.Identifier.ValueText == local.Name
                         && SymbolEqualityComparer.Default.Equals(_model.GetDeclaredSymbol(declarator, _cancellationToken), local):
                    yield return initial;
                    break;
                case AssignmentExpressionSyntax { RawKind: (int)SyntaxKind.SimpleAssignmentExpression } assignment
                    when ValueSyntax.StripParentheses(assignment.Left) is IdentifierNameSyntax target && target.Identifier.ValueText == local.Name
                         && SymbolEqualityComparer.Default.Equals(_model.GetSymbolInfo(target, _cancellationToken).Symbol, local):
                    yield return assignment.Right;
                    break;
            }
        }
    }

    /// <summary>The member declaration around <paramref name="node"/> (all top-level statements for a top-level local).</summary>
    private static SyntaxNode MemberOf(SyntaxNode node)
    {
        for (var current = node; current.Parent is not null; current = current.Parent)
        {
            if (current is GlobalStatementSyntax) return current.Parent;
            if (current is MemberDeclarationSyntax) return current;
        }
        return node;
    }
}
