using Microsoft.CodeAnalysis.CSharp;

namespace Twister.Generators.Common;

/// <summary>
/// The one place that escapes text for generated or fixed C# source: literals, the inside of
/// (interpolated) string literals, and XML documentation comments.
/// </summary>
internal static class CSharpLiteral
{
    /// <summary>A quoted, escaped string literal, or <c>null</c>.</summary>
    public static string String(string? value) => value is null ? "null" : SymbolDisplay.FormatLiteral(value, quote: true);

    /// <summary>A quoted, escaped character literal.</summary>
    public static string Char(char value) => SymbolDisplay.FormatLiteral(value, quote: true);

    /// <summary><c>true</c> or <c>false</c>.</summary>
    public static string Bool(bool value) => value ? "true" : "false";

    /// <summary><paramref name="text"/> escaped to sit between the quotes of a regular string literal.</summary>
    public static string StringContent(string text) => SymbolDisplay.FormatLiteral(text, quote: false);

    /// <summary><paramref name="text"/> escaped to sit between the quotes of an interpolated string literal (<c>$"..."</c>).</summary>
    public static string InterpolatedContent(string text) => StringContent(text).Replace("{", "{{").Replace("}", "}}");

    /// <summary><paramref name="text"/> escaped for the text of an XML documentation comment.</summary>
    public static string XmlDoc(string text)
        => text.Replace("&", "&amp;").Replace("<", "&lt;").Replace(">", "&gt;").Replace("\"", "&quot;");
}
