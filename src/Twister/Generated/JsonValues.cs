using System.ComponentModel;
using System.Runtime.CompilerServices;
using System.Text.Json;

namespace Twister.Generated;

/// <summary>
/// Static, inlinable readers of primitive JSON values and token checks, called directly by generated
/// serializers so that reading a member costs no virtual call. Each reader starts on the value's token
/// and throws <see cref="JsonException"/> for a value of the wrong kind, like <see cref="BuiltInSerializers"/>.
/// Support API for code emitted by Twister.Generators: not for direct use, and it may change between versions.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class JsonValues
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

    /// <summary>Reads a string or <c>null</c>.</summary>
    /// <param name="reader">The reader, on the value.</param>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static string ReadString(ref Utf8JsonReader reader)
    {
        if (reader.TokenType == JsonTokenType.String) return reader.GetString()!;
        if (reader.TokenType == JsonTokenType.Null) return null!;
        throw Mismatch(reader.TokenType, "string");
    }

    /// <summary>Reads <c>true</c> or <c>false</c>.</summary>
    /// <param name="reader">The reader, on the value.</param>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool ReadBoolean(ref Utf8JsonReader reader) => reader.TokenType switch
    {
        JsonTokenType.True => true,
        JsonTokenType.False => false,
        var other => throw Mismatch(other, "bool"),
    };

    /// <summary>Reads an <see cref="int"/>.</summary>
    /// <param name="reader">The reader, on the value.</param>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int ReadInt32(ref Utf8JsonReader reader)
        => reader.TokenType == JsonTokenType.Number && reader.TryGetInt32(out var value) ? value : throw NotA(ref reader, JsonTokenType.Number, "int");

    /// <summary>Reads a <see cref="long"/>.</summary>
    /// <param name="reader">The reader, on the value.</param>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static long ReadInt64(ref Utf8JsonReader reader)
        => reader.TokenType == JsonTokenType.Number && reader.TryGetInt64(out var value) ? value : throw NotA(ref reader, JsonTokenType.Number, "long");

    /// <summary>Reads a <see cref="double"/>.</summary>
    /// <param name="reader">The reader, on the value.</param>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double ReadDouble(ref Utf8JsonReader reader)
        => reader.TokenType == JsonTokenType.Number && reader.TryGetDouble(out var value) ? value : throw NotA(ref reader, JsonTokenType.Number, "double");

    /// <summary>Reads a <see cref="decimal"/>.</summary>
    /// <param name="reader">The reader, on the value.</param>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static decimal ReadDecimal(ref Utf8JsonReader reader)
        => reader.TokenType == JsonTokenType.Number && reader.TryGetDecimal(out var value) ? value : throw NotA(ref reader, JsonTokenType.Number, "decimal");

    /// <summary>Reads a <see cref="System.Guid"/> string.</summary>
    /// <param name="reader">The reader, on the value.</param>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Guid ReadGuid(ref Utf8JsonReader reader)
        => reader.TokenType == JsonTokenType.String && reader.TryGetGuid(out var value) ? value : throw NotA(ref reader, JsonTokenType.String, "Guid");

    /// <summary>Reads an ISO 8601 <see cref="System.DateTime"/>.</summary>
    /// <param name="reader">The reader, on the value.</param>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static DateTime ReadDateTime(ref Utf8JsonReader reader)
        => reader.TokenType == JsonTokenType.String && reader.TryGetDateTime(out var value) ? value : throw NotA(ref reader, JsonTokenType.String, "DateTime");

    /// <summary>Reads an ISO 8601 <see cref="System.DateTimeOffset"/>.</summary>
    /// <param name="reader">The reader, on the value.</param>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static DateTimeOffset ReadDateTimeOffset(ref Utf8JsonReader reader)
        => reader.TokenType == JsonTokenType.String && reader.TryGetDateTimeOffset(out var value) ? value : throw NotA(ref reader, JsonTokenType.String, "DateTimeOffset");

    /// <summary>Reads the name of the current property and moves to its value.</summary>
    /// <param name="reader">The reader, on a property name.</param>
    /// <exception cref="JsonException">The JSON ends early.</exception>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static string ReadPropertyNameAndAdvance(ref Utf8JsonReader reader)
    {
        var name = reader.GetString()!;
        if (!reader.Read()) throw new JsonException("the JSON ends inside an object");
        return name;
    }

    // A value of the wrong kind and an unparsable one (an out-of-range number, a malformed date) both name the type.
    private static JsonException NotA(ref Utf8JsonReader reader, JsonTokenType expected, string typeName)
        => reader.TokenType == expected
            ? new JsonException($"the value is not a valid {typeName}")
            : Mismatch(reader.TokenType, typeName);

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
