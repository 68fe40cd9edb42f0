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

    /// <summary>The pattern of <paramref name="key"/>, or <see langword="null"/> when nothing of it is constant.</summary>
    public static string? Of(ExpressionSyntax key, SemanticModel model, SourceMethods methods, CancellationToken cancellationToken)
    {
        var builder = new StringBuilder();
        Append(builder, key, model, methods, 0, cancellationToken);
        var pattern = builder.ToString();
        while (pattern.Contains("**")) pattern = pattern.Replace("**", "*");
        return pattern.Replace("*", "").Length == 0 ? null : pattern;
    }

    /// <summary>The pattern as shown in a message: <c>sync_state_{…}</c>.</summary>
    public static string Display(string pattern) => pattern.Replace("*", "{…}");

    private static void Append(StringBuilder builder, ExpressionSyntax expression, SemanticModel model, SourceMethods methods, int depth, CancellationToken cancellationToken)
    {
        expression = ValueSyntax.Unwrap(expression);
        if (model.GetConstantValue(expression, cancellationToken) is { HasValue: true, Value: var constant })
        {
            builder.Append(constant?.ToString() ?? "");
            return;
        }
        switch (expression)
        {
            case InterpolatedStringExpressionSyntax interpolated:
                foreach (var content in interpolated.Contents)
                {
                    if (content is InterpolatedStringTextSyntax text) builder.Append(text.TextToken.ValueText);
                    else if (content is InterpolationSyntax hole) Append(builder, hole.Expression, model, methods, depth, cancellationToken);
                }
                return;
            case BinaryExpressionSyntax { RawKind: (int)SyntaxKind.AddExpression } concatenation:
                Append(builder, concatenation.Left, model, methods, depth, cancellationToken);
                Append(builder, concatenation.Right, model, methods, depth, cancellationToken);
                return;
            case InvocationExpressionSyntax call when depth < MaxHelperDepth
                && model.GetSymbolInfo(call, cancellationToken).Symbol is IMethodSymbol helper
                && methods.CodeOf(helper, cancellationToken) is { } code && methods.ReturnedBy(helper, cancellationToken) is { Length: 1 } returned:
                Append(builder, returned[0], code.Model, methods, depth + 1, cancellationToken);
                return;
            default:
                builder.Append('*');
                return;
        }
    }
}
