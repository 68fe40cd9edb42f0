using System.Text;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Twister.Generators.Analyzers.Common;

namespace Twister.Generators.Analyzers.Lifecycle.Cleanup;

/// <summary>
/// The shape of a store key as written: its constant text with <c>*</c> for each part known only at
/// run time (<c>$"sync_state_{channel.Id}"</c> and <c>SyncKey(channel.Id)</c> returning it are both
/// <c>sync_state_*</c>), so that a key written when a channel is enabled can be matched with the one
/// cleared when it is disabled. Constants, interpolation, concatenation and helpers returning one
/// value (three calls deep) are read; a key with no constant text has no shape.
/// </summary>
internal static class KeyPattern
{
    private const int MaxHelperDepth = 3;

    /// <summary>The pattern of <paramref name="key"/> (written in <paramref name="code"/>), or <see langword="null"/> when nothing of it is constant.</summary>
    public static string? Of(ExpressionSyntax key, MethodCode code, SourceMethods methods, CancellationToken cancellationToken)
    {
        var builder = new StringBuilder();
        Append(builder, key, code, methods, 0, cancellationToken);
        var pattern = builder.ToString();
        while (pattern.Contains("**")) pattern = pattern.Replace("**", "*");
        return pattern.Replace("*", "").Length == 0 ? null : pattern;
    }

    /// <summary>The pattern as shown in a message: <c>sync_state_{…}</c>.</summary>
    public static string Display(string pattern) => pattern.Replace("*", "{…}");

    // Literals, interpolation, concatenation and the method's own parameters and locals are read from
    // syntax; only names that may be constants and calls to source methods are bound.
    private static void Append(StringBuilder builder, ExpressionSyntax expression, MethodCode code, SourceMethods methods, int depth, CancellationToken cancellationToken)
    {
        expression = ValueSyntax.Unwrap(expression);
        switch (expression)
        {
            case LiteralExpressionSyntax literal when literal.Token.Value is { } value and not bool:
                builder.Append(value.ToString());
                return;
            case InterpolatedStringExpressionSyntax interpolated:
                foreach (var content in interpolated.Contents)
                {
                    if (content is InterpolatedStringTextSyntax text) builder.Append(text.TextToken.ValueText);
                    else if (content is InterpolationSyntax hole) Append(builder, hole.Expression, code, methods, depth, cancellationToken);
                }
                return;
            case BinaryExpressionSyntax { RawKind: (int)SyntaxKind.AddExpression } concatenation:
                Append(builder, concatenation.Left, code, methods, depth, cancellationToken);
                Append(builder, concatenation.Right, code, methods, depth, cancellationToken);
                return;
            case IdentifierNameSyntax name when code.Declares(name.Identifier.ValueText):
                // A parameter or local: only a const local has a known value.
                if (ConstLocal(code.Body, name.Identifier.ValueText) is { } initializer) Append(builder, initializer, code, methods, depth, cancellationToken);
                else builder.Append('*');
                return;
            case MemberAccessExpressionSyntax access when Root(access) is { } root && code.Declares(root.Identifier.ValueText):
                builder.Append('*'); // channel.Id
                return;
            case InvocationExpressionSyntax call:
                if (depth < MaxHelperDepth && CallSyntax.CalledName(call) is { } called && methods.IsSourceMethodName(called)
                    && code.Model.GetSymbolInfo(call, cancellationToken).Symbol is IMethodSymbol helper
                    && methods.CodeOf(helper, cancellationToken) is { } helperCode && methods.ReturnedBy(helper, cancellationToken) is { Length: 1 } returned)
                {
                    Append(builder, returned[0], helperCode, methods, depth + 1, cancellationToken);
                    return;
                }
                if (call.Expression is IdentifierNameSyntax { Identifier.ValueText: "nameof" } && !methods.IsSourceMethodName("nameof")
                    && code.Model.GetConstantValue(call, cancellationToken) is { HasValue: true, Value: string nameOf })
                {
                    builder.Append(nameOf);
                    return;
                }
                builder.Append('*');
                return;
        }
        if (code.Model.GetConstantValue(expression, cancellationToken) is { HasValue: true, Value: var constant }) builder.Append(constant?.ToString() ?? "");
        else builder.Append('*');
    }

    private static IdentifierNameSyntax? Root(MemberAccessExpressionSyntax access)
    {
        ExpressionSyntax current = access;
        while (current is MemberAccessExpressionSyntax member) current = member.Expression;
        return current as IdentifierNameSyntax;
    }

    private static ExpressionSyntax? ConstLocal(SyntaxNode body, string name)
    {
        foreach (var node in body.DescendantNodes())
        {
            if (node is LocalDeclarationStatementSyntax { IsConst: true } declaration)
            {
                foreach (var variable in declaration.Declaration.Variables)
                {
                    if (variable.Identifier.ValueText == name) return variable.Initializer?.Value;
                }
            }
        }
        return null;
    }
}
