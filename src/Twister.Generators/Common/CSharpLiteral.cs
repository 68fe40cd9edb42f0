using Microsoft.CodeAnalysis.CSharp;

namespace Twister.Generators.Common;

/// <summary>Formats values as C# source literals for generated code.</summary>
internal static class CSharpLiteral
{
    /// <summary>A quoted, escaped string literal, or <c>null</c>.</summary>
    public static string String(string? value) => value is null ? "null" : SymbolDisplay.FormatLiteral(value, quote: true);

    /// <summary><c>true</c> or <c>false</c>.</summary>
    public static string Bool(bool value) => value ? "true" : "false";
}
