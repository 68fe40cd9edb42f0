using System;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Twister.Generators.Analyzers.Common;

namespace Twister.Generators.Analyzers.Sync;

/// <summary>
/// Recognises the initial-sync condition: a reference to something named <c>initialSync</c>/<c>isInitialSync</c>/<c>*.InitialSync</c>,
/// alone, compared <c>== true</c>, or as one side of <c>&amp;&amp;</c>. Read from syntax; only names that end in <c>InitialSync</c> are bound.
/// </summary>
internal static class InitialSyncGuard
{
    /// <summary>Whether <paramref name="condition"/> is true exactly on the initial sync.</summary>
    public static bool IsInitialSyncCondition(ExpressionSyntax condition, SemanticModel model, CancellationToken cancellationToken)
    {
        condition = ValueSyntax.Unwrap(condition);
        switch (condition)
        {
            // Both sides plain bool: a `bool?` on either side puts a conversion in between, which the rule has never looked through.
            case BinaryExpressionSyntax { RawKind: (int)SyntaxKind.EqualsExpression } equals
                when IsBoolean(equals.Left, model, cancellationToken) && IsBoolean(equals.Right, model, cancellationToken):
                return (IsInitialSyncReference(equals.Left, model, cancellationToken) && IsTrue(equals.Right, model, cancellationToken))
                       || (IsInitialSyncReference(equals.Right, model, cancellationToken) && IsTrue(equals.Left, model, cancellationToken));
            case BinaryExpressionSyntax { RawKind: (int)SyntaxKind.EqualsExpression }:
                return false;
            case BinaryExpressionSyntax { RawKind: (int)SyntaxKind.LogicalAndExpression } and:
                return IsInitialSyncCondition(and.Left, model, cancellationToken) || IsInitialSyncCondition(and.Right, model, cancellationToken);
            default:
                return IsInitialSyncReference(condition, model, cancellationToken);
        }
    }

    /// <summary>Whether <paramref name="node"/> only runs when the initial-sync condition holds: in the true branch of an <c>if</c> or <c>?:</c> on it.</summary>
    public static bool IsGuarded(SyntaxNode node, SemanticModel model, CancellationToken cancellationToken)
    {
        for (var child = node; child.Parent is { } parent; child = parent)
        {
            var guardedBy = parent switch
            {
                IfStatementSyntax ifStatement when ifStatement.Statement == child => ifStatement.Condition,
                ConditionalExpressionSyntax conditional when conditional.WhenTrue == child => conditional.Condition,
                _ => null,
            };
            if (guardedBy is not null && IsInitialSyncCondition(guardedBy, model, cancellationToken)) return true;
        }
        return false;
    }

    private static bool IsBoolean(ExpressionSyntax operand, SemanticModel model, CancellationToken cancellationToken)
        => model.GetTypeInfo(operand, cancellationToken).ConvertedType?.SpecialType == SpecialType.System_Boolean;

    private static bool IsTrue(ExpressionSyntax operand, SemanticModel model, CancellationToken cancellationToken)
        => model.GetConstantValue(operand, cancellationToken) is { HasValue: true, Value: true };

    /// <summary>A parameter, local, property or field named <c>*InitialSync</c> (an operand of <c>==</c> is not seen through casts, as before).</summary>
    private static bool IsInitialSyncReference(ExpressionSyntax expression, SemanticModel model, CancellationToken cancellationToken)
    {
        expression = ValueSyntax.StripParentheses(expression);
        var name = expression switch
        {
            IdentifierNameSyntax identifier => identifier.Identifier.ValueText,
            MemberAccessExpressionSyntax { RawKind: (int)SyntaxKind.SimpleMemberAccessExpression } access => access.Name.Identifier.ValueText,
            _ => null,
        };
        if (name is null || !name.EndsWith("InitialSync", StringComparison.OrdinalIgnoreCase)) return false;
        return model.GetSymbolInfo(expression, cancellationToken).Symbol is IParameterSymbol or ILocalSymbol or IPropertySymbol or IFieldSymbol;
    }
}
