using Microsoft.CodeAnalysis.CSharp;

namespace Twister.Generators.Common;

/// <summary>Names derived from C# declarations, shared by the generators and analyzers.</summary>
internal static class SourceNames
{
    /// <summary><paramref name="name"/> as an identifier in generated code: a keyword gets an <c>@</c>.</summary>
    public static string Identifier(string name) => SyntaxFacts.GetKeywordKind(name) == SyntaxKind.None ? name : "@" + name;

    /// <summary>
    /// <paramref name="name"/> with a lowercase first letter (<c>PageSize</c> → <c>pageSize</c>): JSON member
    /// names of generated serializers and default option keys.
    /// </summary>
    public static string CamelCase(string name)
        => name.Length == 0 || char.IsLower(name[0]) ? name : char.ToLowerInvariant(name[0]) + name.Substring(1);
}
