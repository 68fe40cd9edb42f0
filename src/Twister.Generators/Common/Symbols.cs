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

    /// <summary>
    /// The Twister runtime type with <paramref name="metadataName"/>, looked up in the referenced
    /// <c>Twister</c> assembly; in a compilation without it (the runtime's own sources), in the whole compilation.
    /// </summary>
    /// <remarks>
    /// <see cref="Compilation.GetTypeByMetadataName"/> searches every reference; the first call in a
    /// compilation with the SDK's couple of hundred references costs hundreds of milliseconds, which every
    /// analyzer's start would pay in a build that runs no other analyzer.
    /// </remarks>
    public static INamedTypeSymbol? TwisterType(Compilation compilation, string metadataName)
    {
        foreach (var assembly in compilation.SourceModule.ReferencedAssemblySymbols)
        {
            if (assembly.Identity.Name == "Twister") return assembly.GetTypeByMetadataName(metadataName);
        }
        return compilation.GetTypeByMetadataName(metadataName);
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
