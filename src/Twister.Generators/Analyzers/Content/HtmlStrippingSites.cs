using System;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using Twister.Generators.Callbacks.Parsing;

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

    /// <summary>A short description of what strips HTML at <paramref name="operation"/>, or <see langword="null"/>.</summary>
    public static string? Describe(IOperation operation)
    {
        switch (operation)
        {
            case IInvocationOperation invocation:
                var method = invocation.TargetMethod;
                var owner = method.ContainingType;
                if (owner is null) return null;
                if (method.Name == "Replace" && CallbackSignature.IsType(owner, "System.Text.RegularExpressions.Regex") && HasTagPattern(invocation))
                    return "Regex.Replace with a tag pattern";
                if (method.Name == "HtmlDecode" && (CallbackSignature.IsType(owner, "System.Net.WebUtility") || CallbackSignature.IsType(owner, "System.Web.HttpUtility")))
                    return owner.Name + ".HtmlDecode";
                foreach (var helper in HelperNames)
                {
                    if (method.Name.StartsWith(helper, StringComparison.OrdinalIgnoreCase)) return $"'{method.Name}'";
                }
                return null;
            case IPropertyReferenceOperation property:
                var ns = property.Property.ContainingType?.ContainingNamespace?.ToDisplayString() ?? "";
                if (property.Property.Name == "TextContent" && ns.StartsWith("AngleSharp", StringComparison.Ordinal)) return "AngleSharp's TextContent";
                if (property.Property.Name == "InnerText" && ns.StartsWith("HtmlAgilityPack", StringComparison.Ordinal)) return "HtmlAgilityPack's InnerText";
                return null;
            default:
                return null;
        }
    }

    private static bool HasTagPattern(IInvocationOperation invocation)
    {
        foreach (var argument in invocation.Arguments)
        {
            if (argument.Parameter?.Name == "pattern" && argument.Value.ConstantValue is { HasValue: true, Value: string pattern })
                return pattern.IndexOf('<') >= 0 && pattern.IndexOf('>') >= 0;
        }
        // An instance Regex: look at the pattern it was constructed with, when it is visible.
        return invocation.Instance is IObjectCreationOperation { Arguments.Length: > 0 } creation
               && creation.Arguments[0].Value.ConstantValue is { HasValue: true, Value: string instancePattern }
               && instancePattern.IndexOf('<') >= 0 && instancePattern.IndexOf('>') >= 0;
    }
}
