using Twister.Generators.Common;

namespace Twister.Generators.Serialization.Emit;

/// <summary>C# UTF-8 string literals (<c>"text"u8</c>) for generated serializers.</summary>
internal static class Utf8Literal
{
    /// <summary>The quoted, escaped literal of <paramref name="text"/> with the <c>u8</c> suffix.</summary>
    public static string Of(string text) => CSharpLiteral.String(text) + "u8";
}
