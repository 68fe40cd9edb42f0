using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Twister.Generators.Analyzers.Lifecycle.Common;

/// <summary>
/// Decides from syntax whether a node runs on every path through a method body that ends normally:
/// it is not inside a branch (<c>if</c>, <c>else</c>, <c>switch</c>, a loop, <c>catch</c>, <c>?:</c>,
/// the right of <c>&amp;&amp;</c>, <c>||</c> or <c>??</c>, after <c>?.</c>, a lambda or local function),
/// and no <c>return</c>, <c>yield break</c> or <c>goto</c> comes before it. A <c>throw</c> is not counted
/// as an end: it ends an execution by failure, not by design. <c>try</c>, <c>finally</c>, <c>using</c>
/// and <c>lock</c> blocks do not make code conditional.
/// </summary>
internal static class EveryPath
{
    /// <summary>Whether <paramref name="node"/> runs on every path through <paramref name="body"/>.</summary>
    public static bool Reaches(SyntaxNode node, SyntaxNode body)
    {
        for (SyntaxNode child = node, parent = node.Parent!; parent is not null && child != body; child = parent, parent = parent.Parent!)
        {
            var conditional = parent switch
            {
                IfStatementSyntax ifStatement => ifStatement.Condition != child,
                ElseClauseSyntax or SwitchSectionSyntax or SwitchExpressionArmSyntax or CatchClauseSyntax => true,
                CommonForEachStatementSyntax loop => loop.Statement == child,
                ForStatementSyntax loop => loop.Statement == child || loop.Condition == child || (child is ExpressionSyntax expression && loop.Incrementors.Contains(expression)),
                WhileStatementSyntax or DoStatementSyntax => true,
                ConditionalExpressionSyntax conditionalExpression => conditionalExpression.Condition != child,
                BinaryExpressionSyntax binary when binary.IsKind(SyntaxKind.LogicalAndExpression) || binary.IsKind(SyntaxKind.LogicalOrExpression) || binary.IsKind(SyntaxKind.CoalesceExpression)
                    => binary.Right == child,
                AssignmentExpressionSyntax assignment when assignment.IsKind(SyntaxKind.CoalesceAssignmentExpression) => assignment.Right == child,
                ConditionalAccessExpressionSyntax access => access.WhenNotNull == child,
                AnonymousFunctionExpressionSyntax or LocalFunctionStatementSyntax => true,
                _ => false,
            };
            if (conditional) return false;
        }

        foreach (var earlier in body.DescendantNodes(n => n is not (AnonymousFunctionExpressionSyntax or LocalFunctionStatementSyntax)))
        {
            if (earlier.SpanStart >= node.SpanStart) break;
            if (earlier is ReturnStatementSyntax or GotoStatementSyntax
                || (earlier is YieldStatementSyntax yield && yield.IsKind(SyntaxKind.YieldBreakStatement)))
                return false;
        }
        return true;
    }
}
