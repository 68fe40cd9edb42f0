using System;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Twister.Generators.Analyzers.Common;
using Twister.Generators.Common;

namespace Twister.Generators.Analyzers.Content;

/// <summary>
/// Recognises code that turns HTML into text: <c>Regex.Replace</c> with a tag pattern,
/// <c>WebUtility</c>/<c>HttpUtility.HtmlDecode</c>, AngleSharp's <c>TextContent</c>,
/// HtmlAgilityPack's <c>InnerText</c>, and calls to hand-written helpers named like
/// <c>StripHtml</c>/<c>StripTags</c>/<c>HtmlToText</c>.
/// </summary>
internal static class HtmlStrippingSites
{
    private static readonly string[] HelperNames = { "StripHtml", "StripTags", "RemoveHtml", "RemoveTags", "HtmlToText", "HtmlToPlainText", "ToPlainText" };

    /// <summary>Whether a called or accessed member name can be a stripping site: only such nodes are bound.</summary>
    public static bool IsCandidateName(string name)
    {
        if (name is "Replace" or "HtmlDecode" or "TextContent" or "InnerText") return true;
        foreach (var helper in HelperNames)
        {
            if (name.StartsWith(helper, StringComparison.OrdinalIgnoreCase)) return true;
        }
        return false;
    }

    /// <summary>
    /// A short description of what strips HTML at <paramref name="node"/> (a call, or a member access
    /// that is not called), or <see langword="null"/>. Binds only that expression's symbol.
    /// </summary>
    public static string? Describe(SyntaxNode node, SemanticModel model, CancellationToken cancellationToken)
        => (node, model.GetSymbolInfo(node, cancellationToken).Symbol) switch
        {
            (InvocationExpressionSyntax invocation, IMethodSymbol { ContainingType: { } } method) => DescribeCall(invocation, method, model, cancellationToken),
            (MemberAccessExpressionSyntax, IPropertySymbol property) => DescribeProperty(property),
            _ => null,
        };

    private static string? DescribeCall(InvocationExpressionSyntax invocation, IMethodSymbol method, SemanticModel model, CancellationToken cancellationToken)
    {
        var owner = method.ContainingType;
        if (method.Name == "Replace" && Symbols.IsType(owner, "System.Text.RegularExpressions.Regex") && HasTagPattern(invocation, method, model, cancellationToken))
            return "Regex.Replace with a tag pattern";
        if (method.Name == "HtmlDecode" && (Symbols.IsType(owner, "System.Net.WebUtility") || Symbols.IsType(owner, "System.Web.HttpUtility")))
            return owner.Name + ".HtmlDecode";
        foreach (var helper in HelperNames)
        {
            if (method.Name.StartsWith(helper, StringComparison.OrdinalIgnoreCase)) return $"'{method.Name}'";
        }
        return null;
    }

    private static string? DescribeProperty(IPropertySymbol property)
    {
        var ns = property.ContainingType?.ContainingNamespace?.ToDisplayString() ?? "";
        if (property.Name == "TextContent" && ns.StartsWith("AngleSharp", StringComparison.Ordinal)) return "AngleSharp's TextContent";
        if (property.Name == "InnerText" && ns.StartsWith("HtmlAgilityPack", StringComparison.Ordinal)) return "HtmlAgilityPack's InnerText";
        return null;
    }

    private static bool HasTagPattern(InvocationExpressionSyntax invocation, IMethodSymbol method, SemanticModel model, CancellationToken cancellationToken)
    {
        if (ValueSyntax.ArgumentFor(invocation.ArgumentList, method, "pattern") is { } pattern)
            return IsTagPattern(pattern, model, cancellationToken);
        // An instance Regex: look at the pattern it was constructed with, when it is visible.
        return !method.IsStatic
               && invocation.Expression is MemberAccessExpressionSyntax { Expression: var receiver }
               && ValueSyntax.StripParentheses(receiver) is ObjectCreationExpressionSyntax creation
               && model.GetSymbolInfo(creation, cancellationToken).Symbol is IMethodSymbol { Parameters.Length: > 0 } constructor
               && ValueSyntax.ArgumentFor(creation.ArgumentList, constructor, constructor.Parameters[0].Name) is { } instancePattern
               && IsTagPattern(instancePattern, model, cancellationToken);
    }

    private static bool IsTagPattern(ExpressionSyntax pattern, SemanticModel model, CancellationToken cancellationToken)
        => model.GetConstantValue(pattern, cancellationToken) is { HasValue: true, Value: string text }
           && text.IndexOf('<') >= 0 && text.IndexOf('>') >= 0;
}
