using System.Runtime.CompilerServices;
using System.Text.Json;

namespace Twister.Serialization;

/// <summary>
/// Static, inlinable readers of primitive JSON values, called directly by generated serializers so
/// that reading a member costs no virtual call. Each starts on the value's token and throws
/// <see cref="JsonException"/> for a value of the wrong kind, like <see cref="BuiltInSerializers"/>.
/// </summary>
public static class JsonValues
{
    /// <summary>Reads a string or <c>null</c>.</summary>
    /// <param name="reader">The reader, on the value.</param>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static string ReadString(ref Utf8JsonReader reader)
    {
        if (reader.TokenType == JsonTokenType.String) return reader.GetString()!;
        if (reader.TokenType == JsonTokenType.Null) return null!;
        throw JsonReaderGuard.Mismatch(reader.TokenType, "string");
    }

    /// <summary>Reads <c>true</c> or <c>false</c>.</summary>
    /// <param name="reader">The reader, on the value.</param>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool ReadBoolean(ref Utf8JsonReader reader) => reader.TokenType switch
    {
        JsonTokenType.True => true,
        JsonTokenType.False => false,
        var other => throw JsonReaderGuard.Mismatch(other, "bool"),
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
            : JsonReaderGuard.Mismatch(reader.TokenType, typeName);
}
