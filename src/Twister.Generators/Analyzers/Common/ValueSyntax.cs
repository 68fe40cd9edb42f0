using System.Collections.Generic;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Twister.Generators.Analyzers.Common;

/// <summary>
/// Reads values from syntax with narrow semantic queries (<c>GetConstantValue</c>, <c>GetSymbolInfo</c>
/// on one expression), which reuse the bound nodes the compiler already cached. The activity rules
/// use these instead of <c>GetOperation</c>, which builds the operation tree of the whole member.
/// </summary>
internal static class ValueSyntax
{
    /// <summary>
    /// <paramref name="expression"/> without what the operation tree shows as a conversion or not at
    /// all: parentheses, casts, <c>as</c>, <c>!</c>, <c>checked(...)</c>. Implicit conversions have no
    /// syntax, so there is nothing to remove for them.
    /// </summary>
    public static ExpressionSyntax Unwrap(ExpressionSyntax expression)
    {
        while (true)
        {
            switch (expression)
            {
                case ParenthesizedExpressionSyntax parenthesized:
                    expression = parenthesized.Expression;
                    break;
                case CastExpressionSyntax cast:
                    expression = cast.Expression;
                    break;
                case BinaryExpressionSyntax { RawKind: (int)SyntaxKind.AsExpression } asExpression:
                    expression = asExpression.Left;
                    break;
                case PostfixUnaryExpressionSyntax { RawKind: (int)SyntaxKind.SuppressNullableWarningExpression } suppressed:
                    expression = suppressed.Operand;
                    break;
                case CheckedExpressionSyntax @checked:
                    expression = @checked.Expression;
                    break;
                default:
                    return expression;
            }
        }
    }

    /// <summary><paramref name="expression"/> without parentheses (which the operation tree does not show).</summary>
    public static ExpressionSyntax StripParentheses(ExpressionSyntax expression)
    {
        while (expression is ParenthesizedExpressionSyntax parenthesized) expression = parenthesized.Expression;
        return expression;
    }

    /// <summary>Whether <paramref name="expression"/> is <see langword="null"/> or <c>default</c>, seen through conversions.</summary>
    public static bool IsNullOrDefault(ExpressionSyntax expression, SemanticModel model, CancellationToken cancellationToken)
    {
        expression = Unwrap(expression);
        return expression.Kind() is SyntaxKind.NullLiteralExpression or SyntaxKind.DefaultLiteralExpression or SyntaxKind.DefaultExpression
               || model.GetConstantValue(expression, cancellationToken) is { HasValue: true, Value: null };
    }

    /// <summary>
    /// The argument given for <paramref name="parameter"/> of <paramref name="method"/> in
    /// <paramref name="arguments"/> (by name, else by position), or <see langword="null"/> when it is left out.
    /// </summary>
    public static ExpressionSyntax? ArgumentFor(BaseArgumentListSyntax? arguments, IMethodSymbol method, string parameter)
    {
        if (arguments is null) return null;
        for (var i = 0; i < arguments.Arguments.Count; i++)
        {
            var argument = arguments.Arguments[i];
            var name = argument.NameColon is { } nameColon
                ? nameColon.Name.Identifier.ValueText
                : i < method.Parameters.Length ? method.Parameters[i].Name : null;
            if (name == parameter) return argument.Expression;
        }
        return null;
    }

    /// <summary>
    /// The <c>Property = value</c> entries of an object or <c>with</c> initializer; a nested
    /// <c>Property = { ... }</c> sets no value of its own and is left out.
    /// </summary>
    public static IEnumerable<AssignmentExpressionSyntax> PropertyAssignments(InitializerExpressionSyntax? initializer, SemanticModel model, CancellationToken cancellationToken)
    {
        if (initializer is null) yield break;
        foreach (var expression in initializer.Expressions)
        {
            if (expression is AssignmentExpressionSyntax { RawKind: (int)SyntaxKind.SimpleAssignmentExpression, Left: IdentifierNameSyntax name, Right: not InitializerExpressionSyntax } assignment
                && model.GetSymbolInfo(name, cancellationToken).Symbol is IPropertySymbol)
                yield return assignment;
        }
    }
}
