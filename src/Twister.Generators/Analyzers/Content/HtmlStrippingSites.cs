using System;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Twister.Generators.Analyzers.Common;
using Twister.Generators.Common;

namespace Twister.Generators.Analyzers.Content;

/// <summary>
/// Recognises code that turns HTML into text: <c>Regex.Replace</c> with a tag pattern (static, or on a
/// regex built inline, held in a field, property or local, or a <c>[GeneratedRegex]</c> method or
/// property), <c>WebUtility</c>/<c>HttpUtility.HtmlDecode</c> of HTML, AngleSharp's <c>TextContent</c>
/// and HtmlAgilityPack's <c>InnerText</c> (also behind <c>?.</c>), and calls to hand-written helpers
/// named like <c>StripHtml</c>/<c>StripTags</c>/<c>HtmlToText</c>.
/// </summary>
internal static class HtmlStrippingSites
{
    private const string RegexType = "System.Text.RegularExpressions.Regex";
    private const string GeneratedRegexAttribute = "System.Text.RegularExpressions.GeneratedRegexAttribute";

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
    /// or <c>?.</c> binding that is not called), or <see langword="null"/>. Binds only that expression's symbol.
    /// </summary>
    public static string? Describe(SyntaxNode node, SemanticModel model, CancellationToken cancellationToken)
        => (node, model.GetSymbolInfo(node, cancellationToken).Symbol) switch
        {
            (InvocationExpressionSyntax invocation, IMethodSymbol { ContainingType: { } } method) => DescribeCall(invocation, method, model, cancellationToken),
            (MemberAccessExpressionSyntax or MemberBindingExpressionSyntax, IPropertySymbol property) => DescribeProperty(property),
            _ => null,
        };

    private static string? DescribeCall(InvocationExpressionSyntax invocation, IMethodSymbol method, SemanticModel model, CancellationToken cancellationToken)
    {
        var owner = method.ContainingType;
        if (method.Name == "Replace" && Symbols.IsType(owner, RegexType))
            return HasTagPattern(invocation, method, model, cancellationToken) ? "Regex.Replace with a tag pattern" : null;
        if (method.Name == "HtmlDecode" && (Symbols.IsType(owner, "System.Net.WebUtility") || Symbols.IsType(owner, "System.Web.HttpUtility")))
            return DecodesHtml(invocation, model, cancellationToken) ? owner.Name + ".HtmlDecode" : null;
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

    /// <summary>
    /// Entity decoding is part of turning HTML into text when its input is HTML: a value whose name says
    /// so (<c>descriptionHtml</c>, <c>html</c>) or the output of a tag-stripping call. Chat text such as
    /// Slack's, which escapes <c>&amp;</c>, <c>&lt;</c> and <c>&gt;</c> as entities, is decoded legitimately.
    /// </summary>
    private static bool DecodesHtml(InvocationExpressionSyntax invocation, SemanticModel model, CancellationToken cancellationToken)
    {
        if (invocation.ArgumentList.Arguments.Count == 0) return false;
        foreach (var (leaf, leafModel) in ValueOrigins.Of(invocation.ArgumentList.Arguments[0].Expression, model, cancellationToken))
        {
            var name = leaf switch
            {
                IdentifierNameSyntax identifier => identifier.Identifier.ValueText,
                MemberAccessExpressionSyntax access => access.Name.Identifier.ValueText,
                ConditionalAccessExpressionSyntax { WhenNotNull: MemberBindingExpressionSyntax binding } => binding.Name.Identifier.ValueText,
                _ => null,
            };
            if (name is not null && name.IndexOf("html", StringComparison.OrdinalIgnoreCase) >= 0) return true;
            if (leaf is InvocationExpressionSyntax call && Describe(call, leafModel, cancellationToken) is not null) return true;
        }
        return false;
    }

    private static bool HasTagPattern(InvocationExpressionSyntax invocation, IMethodSymbol method, SemanticModel model, CancellationToken cancellationToken)
    {
        if (method.IsStatic)
            return ValueSyntax.ArgumentFor(invocation.ArgumentList, method, "pattern") is { } pattern && IsTagPattern(pattern, model, cancellationToken);
        // An instance Regex: look at the pattern it was made with, when it is visible.
        return invocation.Expression is MemberAccessExpressionSyntax { Expression: var receiver }
               && PatternOfRegex(ValueSyntax.Unwrap(receiver), model, cancellationToken) is { } text
               && TagPatterns.MatchesTags(text);
    }

    /// <summary>
    /// The pattern of the regex <paramref name="regex"/> evaluates to: <c>new Regex(pattern)</c>, a field,
    /// property or local initialized so, or a call to (or read of) a <c>[GeneratedRegex(pattern)]</c> member.
    /// </summary>
    private static string? PatternOfRegex(ExpressionSyntax regex, SemanticModel model, CancellationToken cancellationToken)
    {
        switch (regex)
        {
            case BaseObjectCreationExpressionSyntax creation:
                return PatternOfCreation(creation, model, cancellationToken);
            case InvocationExpressionSyntax call when model.GetSymbolInfo(call, cancellationToken).Symbol is IMethodSymbol generated:
                return GeneratedPattern(generated);
            case IdentifierNameSyntax or MemberAccessExpressionSyntax:
                return model.GetSymbolInfo(regex, cancellationToken).Symbol switch
                {
                    IPropertySymbol property when GeneratedPattern(property) is { } pattern => pattern,
                    IFieldSymbol or IPropertySymbol or ILocalSymbol => InitializerOf(model.GetSymbolInfo(regex, cancellationToken).Symbol!, cancellationToken) is { } initializer
                        ? PatternOfCreation(initializer, null, cancellationToken)
                        : null,
                    _ => null,
                };
            default:
                return null;
        }
    }

    private static string? GeneratedPattern(ISymbol member)
        => Symbols.FindAttribute(member, GeneratedRegexAttribute) is { ConstructorArguments.Length: > 0 } attribute
            ? attribute.ConstructorArguments[0].Value as string
            : null;

    /// <summary>The <c>new Regex(...)</c> a field, property or local is initialized with, read from its declaration.</summary>
    private static BaseObjectCreationExpressionSyntax? InitializerOf(ISymbol symbol, CancellationToken cancellationToken)
    {
        if (symbol.DeclaringSyntaxReferences.Length != 1) return null;
        var value = symbol.DeclaringSyntaxReferences[0].GetSyntax(cancellationToken) switch
        {
            VariableDeclaratorSyntax declarator => declarator.Initializer?.Value,
            PropertyDeclarationSyntax property => property.Initializer?.Value ?? property.ExpressionBody?.Expression,
            _ => null,
        };
        return value is null ? null : ValueSyntax.Unwrap(value) as BaseObjectCreationExpressionSyntax;
    }

    /// <summary>
    /// The first argument of <c>new Regex(pattern, ...)</c>: a literal is read from syntax (the
    /// declaration may be in another file, whose model is not at hand); anything else needs <paramref name="model"/>.
    /// </summary>
    private static string? PatternOfCreation(BaseObjectCreationExpressionSyntax creation, SemanticModel? model, CancellationToken cancellationToken)
    {
        if (creation.ArgumentList is not { Arguments.Count: > 0 } arguments) return null;
        if (creation is ObjectCreationExpressionSyntax { Type: var type } && CallSyntax.RightmostName(type) is not ("Regex" or null)) return null;
        var pattern = ValueSyntax.Unwrap(arguments.Arguments[0].Expression);
        if (pattern is LiteralExpressionSyntax { RawKind: (int)SyntaxKind.StringLiteralExpression } literal) return literal.Token.ValueText;
        return model?.GetConstantValue(pattern, cancellationToken) is { HasValue: true, Value: string text } ? text : null;
    }


    private static bool IsTagPattern(ExpressionSyntax pattern, SemanticModel model, CancellationToken cancellationToken)
        => model.GetConstantValue(pattern, cancellationToken) is { HasValue: true, Value: string text } && TagPatterns.MatchesTags(text);
}
