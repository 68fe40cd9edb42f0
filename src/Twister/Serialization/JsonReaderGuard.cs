using System.Text.Json;

namespace Twister.Serialization;

/// <summary>Checks token kinds so that generated readers fail with a clear <see cref="JsonException"/>.</summary>
public static class JsonReaderGuard
{
    /// <summary>Throws unless the reader is on a token of <paramref name="expected"/> kind.</summary>
    /// <param name="reader">The reader.</param>
    /// <param name="expected">The expected token kind.</param>
    /// <param name="typeName">The C# type being read, for the message.</param>
    /// <exception cref="JsonException">The token is of another kind.</exception>
    public static void Expect(ref Utf8JsonReader reader, JsonTokenType expected, string typeName)
    {
        if (reader.TokenType != expected) throw Mismatch(reader.TokenType, typeName);
    }

    /// <summary>Creates the exception for a value of the wrong JSON kind.</summary>
    /// <param name="actual">The token found.</param>
    /// <param name="typeName">The C# type being read.</param>
    public static JsonException Mismatch(JsonTokenType actual, string typeName)
        => new($"expected a JSON value for {typeName} but found {Describe(actual)}");

    private static string Describe(JsonTokenType token) => token switch
    {
        JsonTokenType.StartObject => "an object",
        JsonTokenType.StartArray => "an array",
        JsonTokenType.String => "a string",
        JsonTokenType.Number => "a number",
        JsonTokenType.True or JsonTokenType.False => "a boolean",
        JsonTokenType.Null => "null",
        _ => token.ToString(),
    };
}
