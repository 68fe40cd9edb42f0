using System;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Twister.Generators.Analyzers.Common;

namespace Twister.Generators.Analyzers.Lifecycle.Webhooks;

/// <summary>
/// Recognises a check that a webhook URL is local, read from syntax: a call named like
/// <c>WebhookUrl.IsLocal(url)</c> (<c>IsLocal</c>, <c>IsLocalhost</c>, <c>IsLoopback</c>, <c>IsLocalUrl</c>),
/// <c>.IsLoopback</c>, <c>url.Contains("localhost")</c> (or <c>StartsWith</c>, <c>EndsWith</c>, <c>Equals</c>
/// with a <c>localhost</c>, <c>127.0.0.1</c> or <c>::1</c> literal), and <c>host == "localhost"</c>.
/// </summary>
internal static class LocalUrlChecks
{
    private static readonly string[] LocalMarkers = { "localhost", "127.0.0.1", "::1" };

    /// <summary>The polarity of a condition for <see cref="Common.Guards"/>: a local check holding means "do not register".</summary>
    public static bool? Polarity(ExpressionSyntax condition) => condition switch
    {
        InvocationExpressionSyntax invocation when IsLocalCall(invocation) => false,
        MemberAccessExpressionSyntax { Name.Identifier.ValueText: "IsLoopback" } => false,
        BinaryExpressionSyntax { RawKind: (int)SyntaxKind.EqualsExpression } equals when HasLocalLiteral(equals) => false,
        BinaryExpressionSyntax { RawKind: (int)SyntaxKind.NotEqualsExpression } notEquals when HasLocalLiteral(notEquals) => true,
        IsPatternExpressionSyntax { Pattern: ConstantPatternSyntax { Expression: var constant } } when IsLocalLiteral(constant) => false,
        _ => null,
    };

    /// <summary>Whether <paramref name="node"/> holds a local check anywhere (a helper that checks its parameter itself).</summary>
    public static bool ContainsCheck(SyntaxNode node)
    {
        foreach (var descendant in node.DescendantNodesAndSelf())
        {
            if (descendant is ExpressionSyntax expression && Polarity(expression) is not null) return true;
        }
        return false;
    }

    private static bool IsLocalCall(InvocationExpressionSyntax invocation)
    {
        var name = CallSyntax.CalledName(invocation);
        if (name is "IsLocal" or "IsLocalhost" or "IsLoopback" or "IsLocalUrl") return true;
        if (name is not ("Contains" or "StartsWith" or "EndsWith" or "Equals")) return false;
        foreach (var argument in invocation.ArgumentList.Arguments)
        {
            if (IsLocalLiteral(argument.Expression)) return true;
        }
        return false;
    }

    private static bool HasLocalLiteral(BinaryExpressionSyntax comparison) => IsLocalLiteral(comparison.Left) || IsLocalLiteral(comparison.Right);

    private static bool IsLocalLiteral(ExpressionSyntax expression)
    {
        if (expression is not LiteralExpressionSyntax { RawKind: (int)SyntaxKind.StringLiteralExpression } literal) return false;
        foreach (var marker in LocalMarkers)
        {
            if (literal.Token.ValueText.IndexOf(marker, StringComparison.OrdinalIgnoreCase) >= 0) return true;
        }
        return false;
    }
}
