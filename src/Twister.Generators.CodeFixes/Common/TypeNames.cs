using System.Linq;
using Microsoft.CodeAnalysis;

namespace Twister.Generators.CodeFixes.Common;

/// <summary>Writes a type name as short as the code at a position allows.</summary>
internal static class TypeNames
{
    /// <summary>The simple name when it binds to <paramref name="metadataName"/> at <paramref name="position"/>, else <c>global::</c> plus the full name.</summary>
    public static string At(SemanticModel model, int position, string metadataName)
    {
        var simple = metadataName.Substring(metadataName.LastIndexOf('.') + 1);
        var target = model.Compilation.GetTypeByMetadataName(metadataName);
        var visible = model.LookupNamespacesAndTypes(position, name: simple).FirstOrDefault();
        return target is not null && SymbolEqualityComparer.Default.Equals(visible, target) ? simple : "global::" + metadataName;
    }
}
