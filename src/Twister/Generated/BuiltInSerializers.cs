using System.ComponentModel;
using System.Globalization;
using System.Text.Json;

namespace Twister.Generated;

/// <summary>
/// Serializers of the primitive types, shared by all generated code. Numbers are written as JSON
/// numbers, dates in ISO 8601 (round-trip) form, and <see cref="System.Guid"/>/<see cref="System.Uri"/> as strings.
/// A primitive written on its own is one token, so it goes straight to the writer; inside a composed
/// value it goes through <see cref="JsonOutput"/>. Support API for code emitted by Twister.Generators:
/// not for direct use, and it may change between versions.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class BuiltInSerializers
{
    /// <summary>Serializes <see cref="string"/> (a JSON string or <c>null</c>).</summary>
    public static GeneratedSerializer<string> String { get; } = new StringSerializer();
    /// <summary>Serializes <see cref="bool"/>.</summary>
    public static GeneratedSerializer<bool> Boolean { get; } = new ValueSerializer<bool>(JsonValues.ReadBoolean, static (w, v) => w.WriteBooleanValue(v), static (o, v) => o.WriteBoolean(v));
    /// <summary>Serializes <see cref="byte"/>.</summary>
    public static GeneratedSerializer<byte> Byte { get; } = new NumberSerializer<byte>("byte", static (ref Utf8JsonReader r) => r.GetByte(), static (w, v) => w.WriteNumberValue(v), static (o, v) => o.WriteNumber(v));
    /// <summary>Serializes <see cref="sbyte"/>.</summary>
    public static GeneratedSerializer<sbyte> SByte { get; } = new NumberSerializer<sbyte>("sbyte", static (ref Utf8JsonReader r) => r.GetSByte(), static (w, v) => w.WriteNumberValue(v), static (o, v) => o.WriteNumber(v));
    /// <summary>Serializes <see cref="short"/>.</summary>
    public static GeneratedSerializer<short> Int16 { get; } = new NumberSerializer<short>("short", static (ref Utf8JsonReader r) => r.GetInt16(), static (w, v) => w.WriteNumberValue(v), static (o, v) => o.WriteNumber(v));
    /// <summary>Serializes <see cref="ushort"/>.</summary>
    public static GeneratedSerializer<ushort> UInt16 { get; } = new NumberSerializer<ushort>("ushort", static (ref Utf8JsonReader r) => r.GetUInt16(), static (w, v) => w.WriteNumberValue(v), static (o, v) => o.WriteNumber(v));
    /// <summary>Serializes <see cref="int"/>.</summary>
    public static GeneratedSerializer<int> Int32 { get; } = new ValueSerializer<int>(JsonValues.ReadInt32, static (w, v) => w.WriteNumberValue(v), static (o, v) => o.WriteNumber(v));
    /// <summary>Serializes <see cref="uint"/>.</summary>
    public static GeneratedSerializer<uint> UInt32 { get; } = new NumberSerializer<uint>("uint", static (ref Utf8JsonReader r) => r.GetUInt32(), static (w, v) => w.WriteNumberValue(v), static (o, v) => o.WriteNumber(v));
    /// <summary>Serializes <see cref="long"/>.</summary>
    public static GeneratedSerializer<long> Int64 { get; } = new ValueSerializer<long>(JsonValues.ReadInt64, static (w, v) => w.WriteNumberValue(v), static (o, v) => o.WriteNumber(v));
    /// <summary>Serializes <see cref="ulong"/>.</summary>
    public static GeneratedSerializer<ulong> UInt64 { get; } = new NumberSerializer<ulong>("ulong", static (ref Utf8JsonReader r) => r.GetUInt64(), static (w, v) => w.WriteNumberValue(v), static (o, v) => o.WriteNumber(v));
    /// <summary>Serializes <see cref="float"/>.</summary>
    public static GeneratedSerializer<float> Single { get; } = new NumberSerializer<float>("float", static (ref Utf8JsonReader r) => r.GetSingle(), static (w, v) => w.WriteNumberValue(v), static (o, v) => o.WriteNumber(v));
    /// <summary>Serializes <see cref="double"/>.</summary>
    public static GeneratedSerializer<double> Double { get; } = new ValueSerializer<double>(JsonValues.ReadDouble, static (w, v) => w.WriteNumberValue(v), static (o, v) => o.WriteNumber(v));
    /// <summary>Serializes <see cref="decimal"/>.</summary>
    public static GeneratedSerializer<decimal> Decimal { get; } = new ValueSerializer<decimal>(JsonValues.ReadDecimal, static (w, v) => w.WriteNumberValue(v), static (o, v) => o.WriteNumber(v));
    /// <summary>Serializes <see cref="char"/> as a one-character string.</summary>
    public static GeneratedSerializer<char> Char { get; } = new TextSerializer<char>("char", static s => s.Length == 1 ? s[0] : throw new FormatException("expected one character"), static c => c.ToString());
    /// <summary>Serializes <see cref="System.DateTime"/> in ISO 8601 round-trip form.</summary>
    public static GeneratedSerializer<DateTime> DateTime { get; } = new ValueSerializer<DateTime>(JsonValues.ReadDateTime, static (w, v) => w.WriteStringValue(v), static (o, v) => o.WriteString(v));
    /// <summary>Serializes <see cref="System.DateTimeOffset"/> in ISO 8601 round-trip form.</summary>
    public static GeneratedSerializer<DateTimeOffset> DateTimeOffset { get; } = new ValueSerializer<DateTimeOffset>(JsonValues.ReadDateTimeOffset, static (w, v) => w.WriteStringValue(v), static (o, v) => o.WriteString(v));
    /// <summary>Serializes <see cref="System.TimeSpan"/> in constant (<c>c</c>) form.</summary>
    public static GeneratedSerializer<TimeSpan> TimeSpan { get; } = new TextSerializer<TimeSpan>("TimeSpan", static s => System.TimeSpan.ParseExact(s, "c", CultureInfo.InvariantCulture), static t => t.ToString("c", CultureInfo.InvariantCulture));
    /// <summary>Serializes <see cref="System.DateOnly"/> as <c>yyyy-MM-dd</c>.</summary>
    public static GeneratedSerializer<DateOnly> DateOnly { get; } = new TextSerializer<DateOnly>("DateOnly", static s => System.DateOnly.ParseExact(s, "O", CultureInfo.InvariantCulture), static d => d.ToString("O", CultureInfo.InvariantCulture));
    /// <summary>Serializes <see cref="System.TimeOnly"/> in round-trip form.</summary>
    public static GeneratedSerializer<TimeOnly> TimeOnly { get; } = new TextSerializer<TimeOnly>("TimeOnly", static s => System.TimeOnly.ParseExact(s, "O", CultureInfo.InvariantCulture), static t => t.ToString("O", CultureInfo.InvariantCulture));
    /// <summary>Serializes <see cref="System.Guid"/> as a string.</summary>
    public static GeneratedSerializer<Guid> Guid { get; } = new ValueSerializer<Guid>(JsonValues.ReadGuid, static (w, v) => w.WriteStringValue(v), static (o, v) => o.WriteString(v));
    /// <summary>Serializes <see cref="System.Uri"/> as its original string (or <c>null</c>).</summary>
    public static GeneratedSerializer<Uri> Uri { get; } = new UriSerializer();

    private delegate T ReadValue<T>(ref Utf8JsonReader reader);

    private sealed class StringSerializer : GeneratedSerializer<string>
    {
        public override void WriteTo(JsonOutput output, string value) => output.WriteString(value);

        public override void Write(Utf8JsonWriter writer, string value)
        {
            if (value is null) writer.WriteNullValue();
            else writer.WriteStringValue(value);
        }

        public override string Read(ref Utf8JsonReader reader) => JsonValues.ReadString(ref reader);
    }

    // For the primitives JsonValues reads: one implementation of reading, shared with generated code.
    private sealed class ValueSerializer<T>(ReadValue<T> read, Action<Utf8JsonWriter, T> write, Action<JsonOutput, T> writeTo) : GeneratedSerializer<T>
    {
        public override void WriteTo(JsonOutput output, T value) => writeTo(output, value);

        public override void Write(Utf8JsonWriter writer, T value) => write(writer, value);

        public override T Read(ref Utf8JsonReader reader) => read(ref reader);
    }

    private sealed class NumberSerializer<T>(string typeName, ReadValue<T> read, Action<Utf8JsonWriter, T> write, Action<JsonOutput, T> writeTo) : GeneratedSerializer<T>
    {
        public override void WriteTo(JsonOutput output, T value) => writeTo(output, value);

        public override void Write(Utf8JsonWriter writer, T value) => write(writer, value);

        public override T Read(ref Utf8JsonReader reader)
        {
            JsonValues.Expect(ref reader, JsonTokenType.Number, typeName);
            try
            {
                return read(ref reader);
            }
            catch (FormatException ex)
            {
                throw new JsonException($"the number does not fit in {typeName}", ex);
            }
        }
    }

    private sealed class TextSerializer<T>(string typeName, Func<string, T> parse, Func<T, string> format) : GeneratedSerializer<T>
    {
        public override void WriteTo(JsonOutput output, T value) => output.WriteString(format(value));

        public override void Write(Utf8JsonWriter writer, T value) => writer.WriteStringValue(format(value));

        public override T Read(ref Utf8JsonReader reader)
        {
            JsonValues.Expect(ref reader, JsonTokenType.String, typeName);
            try
            {
                return parse(reader.GetString()!);
            }
            catch (FormatException ex)
            {
                throw new JsonException($"the string is not a valid {typeName}", ex);
            }
        }
    }

    private sealed class UriSerializer : GeneratedSerializer<Uri>
    {
        public override void WriteTo(JsonOutput output, Uri value) => output.WriteString(value.OriginalString);

        public override void Write(Utf8JsonWriter writer, Uri value)
        {
            if (value is null) writer.WriteNullValue();
            else writer.WriteStringValue(value.OriginalString);
        }

        public override Uri Read(ref Utf8JsonReader reader)
        {
            if (reader.TokenType == JsonTokenType.Null) return null!;
            JsonValues.Expect(ref reader, JsonTokenType.String, "Uri");
            return System.Uri.TryCreate(reader.GetString(), UriKind.RelativeOrAbsolute, out var uri) ? uri : throw new JsonException("the string is not a valid Uri");
        }
    }
}
