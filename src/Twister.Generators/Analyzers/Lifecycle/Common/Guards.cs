using System;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Twister.Generators.Analyzers.Lifecycle.Common;

/// <summary>
/// Decides from syntax whether code runs only after a check passed: inside <c>if (!IsLocal(url)) { ... }</c>,
/// in the <c>else</c> of <c>if (IsLocal(url))</c>, on the right of <c>!IsLocal(url) &amp;&amp; ...</c>, in a
/// <c>?:</c> branch, or after an earlier <c>if (IsLocal(url)) return;</c> in an enclosing block.
/// What the check is comes from a <see cref="Polarity"/> of single conditions; <c>!</c>, <c>== false</c>,
/// <c>&amp;&amp;</c> and <c>||</c> are combined here.
/// </summary>
internal static class Guards
{
    /// <summary>
    /// What a single condition says: <see langword="true"/> when it holds only if the code is safe to
    /// run (<c>!IsLocal(url)</c>), <see langword="false"/> when it holds only if the code must not run
    /// (<c>IsLocal(url)</c>), <see langword="null"/> when it says nothing about it.
    /// </summary>
    public delegate bool? Polarity(ExpressionSyntax condition);

    /// <summary>Whether <paramref name="node"/> (inside <paramref name="body"/>) runs only when the check passed.</summary>
    public static bool IsGuarded(SyntaxNode node, SyntaxNode body, Polarity polarity)
    {
        for (SyntaxNode child = node, parent = node.Parent!; parent is not null && child != body; child = parent, parent = parent.Parent!)
        {
            switch (parent)
            {
                case IfStatementSyntax ifStatement when ifStatement.Statement == child && TrueMeansSafe(ifStatement.Condition, polarity):
                    return true;
                case ElseClauseSyntax { Parent: IfStatementSyntax ifElse } when FalseMeansSafe(ifElse.Condition, polarity):
                    return true;
                case ConditionalExpressionSyntax conditional when conditional.WhenTrue == child && TrueMeansSafe(conditional.Condition, polarity):
                case ConditionalExpressionSyntax conditional2 when conditional2.WhenFalse == child && FalseMeansSafe(conditional2.Condition, polarity):
                    return true;
                case BinaryExpressionSyntax { RawKind: (int)SyntaxKind.LogicalAndExpression } both when both.Right == child && TrueMeansSafe(both.Left, polarity):
                case BinaryExpressionSyntax { RawKind: (int)SyntaxKind.LogicalOrExpression } either when either.Right == child && FalseMeansSafe(either.Left, polarity):
                    return true;
                case BlockSyntax block when child is StatementSyntax statement && AnEarlierStatementExitsUnlessSafe(block, statement, polarity):
                    return true;
                case AnonymousFunctionExpressionSyntax or LocalFunctionStatementSyntax:
                    return false;
            }
        }
        return false;
    }

    /// <summary>Whether <paramref name="condition"/> being true means the check passed.</summary>
    public static bool TrueMeansSafe(ExpressionSyntax condition, Polarity polarity)
    {
        condition = Strip(condition);
        return condition switch
        {
            BinaryExpressionSyntax { RawKind: (int)SyntaxKind.LogicalAndExpression } both => TrueMeansSafe(both.Left, polarity) || TrueMeansSafe(both.Right, polarity),
            PrefixUnaryExpressionSyntax { RawKind: (int)SyntaxKind.LogicalNotExpression } negation => FalseMeansSafe(negation.Operand, polarity),
            _ when IsComparisonWithFalse(condition, out var operand) => FalseMeansSafe(operand!, polarity),
            _ => polarity(condition) == true,
        };
    }

    /// <summary>Whether <paramref name="condition"/> being false means the check passed.</summary>
    public static bool FalseMeansSafe(ExpressionSyntax condition, Polarity polarity)
    {
        condition = Strip(condition);
        return condition switch
        {
            BinaryExpressionSyntax { RawKind: (int)SyntaxKind.LogicalOrExpression } either => FalseMeansSafe(either.Left, polarity) || FalseMeansSafe(either.Right, polarity),
            PrefixUnaryExpressionSyntax { RawKind: (int)SyntaxKind.LogicalNotExpression } negation => TrueMeansSafe(negation.Operand, polarity),
            _ when IsComparisonWithFalse(condition, out var operand) => TrueMeansSafe(operand!, polarity),
            _ => polarity(condition) == false,
        };
    }

    private static bool AnEarlierStatementExitsUnlessSafe(BlockSyntax block, StatementSyntax statement, Polarity polarity)
    {
        foreach (var earlier in block.Statements)
        {
            if (earlier == statement) return false;
            if (earlier is not IfStatementSyntax ifStatement) continue;
            if (Exits(ifStatement.Statement) && ifStatement.Else is null && FalseMeansSafe(ifStatement.Condition, polarity)) return true;
            if (ifStatement.Else is { } otherwise && Exits(otherwise.Statement) && TrueMeansSafe(ifStatement.Condition, polarity)) return true;
        }
        return false;
    }

    /// <summary>Whether <paramref name="statement"/> always leaves the enclosing code: a jump, or a block ending in one.</summary>
    public static bool Exits(StatementSyntax statement) => statement switch
    {
        ReturnStatementSyntax or ThrowStatementSyntax or ContinueStatementSyntax or BreakStatementSyntax or GotoStatementSyntax => true,
        YieldStatementSyntax yield => yield.IsKind(SyntaxKind.YieldBreakStatement),
        BlockSyntax { Statements.Count: > 0 } block => Exits(block.Statements[block.Statements.Count - 1]),
        _ => false,
    };

    private static bool IsComparisonWithFalse(ExpressionSyntax condition, out ExpressionSyntax? operand)
    {
        operand = condition switch
        {
            BinaryExpressionSyntax { RawKind: (int)SyntaxKind.EqualsExpression, Right: LiteralExpressionSyntax { RawKind: (int)SyntaxKind.FalseLiteralExpression } } equals => equals.Left,
            IsPatternExpressionSyntax { Pattern: ConstantPatternSyntax { Expression: LiteralExpressionSyntax { RawKind: (int)SyntaxKind.FalseLiteralExpression } } } pattern => pattern.Expression,
            _ => null,
        };
        return operand is not null;
    }

    private static ExpressionSyntax Strip(ExpressionSyntax expression)
    {
        while (expression is ParenthesizedExpressionSyntax parenthesized) expression = parenthesized.Expression;
        return expression;
    }
}
