using Microsoft.CodeAnalysis;

namespace Twister.Generators.Common;

/// <summary>Symbol questions asked by the generators, the analyzers and the code fixes alike.</summary>
internal static class Symbols
{
    /// <summary>The attribute with <paramref name="metadataName"/> on <paramref name="symbol"/>, or <see langword="null"/>.</summary>
    public static AttributeData? FindAttribute(ISymbol symbol, string metadataName)
    {
        foreach (var attribute in symbol.GetAttributes())
        {
            if (attribute.AttributeClass is { } cls && IsType(cls, metadataName)) return attribute;
        }
        return null;
    }

    /// <summary>Whether <paramref name="type"/> is the named type (by metadata name, namespace included).</summary>
    /// <remarks>
    /// Generators and analyzers call this for every parameter, attribute and base type they inspect,
    /// so it compares the namespace chain segment by segment from the end instead of formatting a display string.
    /// </remarks>
    public static bool IsType(ITypeSymbol type, string metadataName)
    {
        var end = metadataName.LastIndexOf('.');
        if (!EndsWithSegment(type.MetadataName, metadataName, end + 1, metadataName.Length)) return false;
        if (type.ContainingType is not null) return false;
        var ns = type.ContainingNamespace;
        while (ns is { IsGlobalNamespace: false })
        {
            if (end < 0) return false;
            var start = metadataName.LastIndexOf('.', end - 1) + 1;
            if (!EndsWithSegment(ns.Name, metadataName, start, end)) return false;
            end = start - 1;
            ns = ns.ContainingNamespace;
        }
        return ns is not null && end < 0;
    }

    private static bool EndsWithSegment(string name, string metadataName, int start, int end)
        => name.Length == end - start && string.CompareOrdinal(name, 0, metadataName, start, name.Length) == 0;
}
