using System.Globalization;
using System.Text.Json;

namespace Twister.Serialization;

/// <summary>
/// Serializers of the primitive types, shared by all generated code. Numbers are written as JSON
/// numbers, dates in ISO 8601 (round-trip) form, and <see cref="Guid"/>/<see cref="Uri"/> as strings.
/// </summary>
public static class BuiltInSerializers
{
    /// <summary>Serializes <see cref="string"/> (a JSON string or <c>null</c>).</summary>
    public static TwisterSerializer<string> String { get; } = new StringSerializer();
    /// <summary>Serializes <see cref="bool"/>.</summary>
    public static TwisterSerializer<bool> Boolean { get; } = new BooleanSerializer();
    /// <summary>Serializes <see cref="byte"/>.</summary>
    public static TwisterSerializer<byte> Byte { get; } = new NumberSerializer<byte>("byte", static (ref Utf8JsonReader r) => r.GetByte(), static (w, v) => w.WriteNumberValue(v));
    /// <summary>Serializes <see cref="sbyte"/>.</summary>
    public static TwisterSerializer<sbyte> SByte { get; } = new NumberSerializer<sbyte>("sbyte", static (ref Utf8JsonReader r) => r.GetSByte(), static (w, v) => w.WriteNumberValue(v));
    /// <summary>Serializes <see cref="short"/>.</summary>
    public static TwisterSerializer<short> Int16 { get; } = new NumberSerializer<short>("short", static (ref Utf8JsonReader r) => r.GetInt16(), static (w, v) => w.WriteNumberValue(v));
    /// <summary>Serializes <see cref="ushort"/>.</summary>
    public static TwisterSerializer<ushort> UInt16 { get; } = new NumberSerializer<ushort>("ushort", static (ref Utf8JsonReader r) => r.GetUInt16(), static (w, v) => w.WriteNumberValue(v));
    /// <summary>Serializes <see cref="int"/>.</summary>
    public static TwisterSerializer<int> Int32 { get; } = new ValueSerializer<int>(JsonValues.ReadInt32, static (w, v) => w.WriteNumberValue(v));
    /// <summary>Serializes <see cref="uint"/>.</summary>
    public static TwisterSerializer<uint> UInt32 { get; } = new NumberSerializer<uint>("uint", static (ref Utf8JsonReader r) => r.GetUInt32(), static (w, v) => w.WriteNumberValue(v));
    /// <summary>Serializes <see cref="long"/>.</summary>
    public static TwisterSerializer<long> Int64 { get; } = new ValueSerializer<long>(JsonValues.ReadInt64, static (w, v) => w.WriteNumberValue(v));
    /// <summary>Serializes <see cref="ulong"/>.</summary>
    public static TwisterSerializer<ulong> UInt64 { get; } = new NumberSerializer<ulong>("ulong", static (ref Utf8JsonReader r) => r.GetUInt64(), static (w, v) => w.WriteNumberValue(v));
    /// <summary>Serializes <see cref="float"/>.</summary>
    public static TwisterSerializer<float> Single { get; } = new NumberSerializer<float>("float", static (ref Utf8JsonReader r) => r.GetSingle(), static (w, v) => w.WriteNumberValue(v));
    /// <summary>Serializes <see cref="double"/>.</summary>
    public static TwisterSerializer<double> Double { get; } = new ValueSerializer<double>(JsonValues.ReadDouble, static (w, v) => w.WriteNumberValue(v));
    /// <summary>Serializes <see cref="decimal"/>.</summary>
    public static TwisterSerializer<decimal> Decimal { get; } = new ValueSerializer<decimal>(JsonValues.ReadDecimal, static (w, v) => w.WriteNumberValue(v));
    /// <summary>Serializes <see cref="char"/> as a one-character string.</summary>
    public static TwisterSerializer<char> Char { get; } = new TextSerializer<char>("char", static s => s.Length == 1 ? s[0] : throw new FormatException("expected one character"), static c => c.ToString());
    /// <summary>Serializes <see cref="System.DateTime"/> in ISO 8601 round-trip form.</summary>
    public static TwisterSerializer<DateTime> DateTime { get; } = new DateTimeSerializer();
    /// <summary>Serializes <see cref="System.DateTimeOffset"/> in ISO 8601 round-trip form.</summary>
    public static TwisterSerializer<DateTimeOffset> DateTimeOffset { get; } = new DateTimeOffsetSerializer();
    /// <summary>Serializes <see cref="System.TimeSpan"/> in constant (<c>c</c>) form.</summary>
    public static TwisterSerializer<TimeSpan> TimeSpan { get; } = new TextSerializer<TimeSpan>("TimeSpan", static s => System.TimeSpan.ParseExact(s, "c", CultureInfo.InvariantCulture), static t => t.ToString("c", CultureInfo.InvariantCulture));
    /// <summary>Serializes <see cref="System.DateOnly"/> as <c>yyyy-MM-dd</c>.</summary>
    public static TwisterSerializer<DateOnly> DateOnly { get; } = new TextSerializer<DateOnly>("DateOnly", static s => System.DateOnly.ParseExact(s, "O", CultureInfo.InvariantCulture), static d => d.ToString("O", CultureInfo.InvariantCulture));
    /// <summary>Serializes <see cref="System.TimeOnly"/> in round-trip form.</summary>
    public static TwisterSerializer<TimeOnly> TimeOnly { get; } = new TextSerializer<TimeOnly>("TimeOnly", static s => System.TimeOnly.ParseExact(s, "O", CultureInfo.InvariantCulture), static t => t.ToString("O", CultureInfo.InvariantCulture));
    /// <summary>Serializes <see cref="System.Guid"/> as a string.</summary>
    public static TwisterSerializer<Guid> Guid { get; } = new GuidSerializer();
    /// <summary>Serializes <see cref="System.Uri"/> as its original string (or <c>null</c>).</summary>
    public static TwisterSerializer<Uri> Uri { get; } = new UriSerializer();

    private delegate T ReadValue<T>(ref Utf8JsonReader reader);

    private sealed class StringSerializer : TwisterSerializer<string>
    {
        public override void Write(Utf8JsonWriter writer, string value)
        {
            if (value is null) writer.WriteNullValue();
            else writer.WriteStringValue(value);
        }

        public override string Read(ref Utf8JsonReader reader) => JsonValues.ReadString(ref reader);
    }

    private sealed class BooleanSerializer : TwisterSerializer<bool>
    {
        public override void Write(Utf8JsonWriter writer, bool value) => writer.WriteBooleanValue(value);

        public override bool Read(ref Utf8JsonReader reader) => JsonValues.ReadBoolean(ref reader);
    }

    private sealed class NumberSerializer<T>(string typeName, ReadValue<T> read, Action<Utf8JsonWriter, T> write) : TwisterSerializer<T>
    {
        public override void Write(Utf8JsonWriter writer, T value) => write(writer, value);

        public override T Read(ref Utf8JsonReader reader)
        {
            JsonReaderGuard.Expect(ref reader, JsonTokenType.Number, typeName);
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

    // For the primitives JsonValues reads: one implementation of reading, shared with generated code.
    private sealed class ValueSerializer<T>(ReadValue<T> read, Action<Utf8JsonWriter, T> write) : TwisterSerializer<T>
    {
        public override void Write(Utf8JsonWriter writer, T value) => write(writer, value);

        public override T Read(ref Utf8JsonReader reader) => read(ref reader);
    }

    private sealed class TextSerializer<T>(string typeName, Func<string, T> parse, Func<T, string> format) : TwisterSerializer<T>
    {
        public override void Write(Utf8JsonWriter writer, T value) => writer.WriteStringValue(format(value));

        public override T Read(ref Utf8JsonReader reader)
        {
            JsonReaderGuard.Expect(ref reader, JsonTokenType.String, typeName);
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

    private sealed class DateTimeSerializer : TwisterSerializer<DateTime>
    {
        public override void Write(Utf8JsonWriter writer, DateTime value) => writer.WriteStringValue(value);

        public override DateTime Read(ref Utf8JsonReader reader) => JsonValues.ReadDateTime(ref reader);
    }

    private sealed class DateTimeOffsetSerializer : TwisterSerializer<DateTimeOffset>
    {
        public override void Write(Utf8JsonWriter writer, DateTimeOffset value) => writer.WriteStringValue(value);

        public override DateTimeOffset Read(ref Utf8JsonReader reader) => JsonValues.ReadDateTimeOffset(ref reader);
    }

    private sealed class GuidSerializer : TwisterSerializer<Guid>
    {
        public override void Write(Utf8JsonWriter writer, Guid value) => writer.WriteStringValue(value);

        public override Guid Read(ref Utf8JsonReader reader) => JsonValues.ReadGuid(ref reader);
    }

    private sealed class UriSerializer : TwisterSerializer<Uri>
    {
        public override void Write(Utf8JsonWriter writer, Uri value)
        {
            if (value is null) writer.WriteNullValue();
            else writer.WriteStringValue(value.OriginalString);
        }

        public override Uri Read(ref Utf8JsonReader reader)
        {
            if (reader.TokenType == JsonTokenType.Null) return null!;
            JsonReaderGuard.Expect(ref reader, JsonTokenType.String, "Uri");
            return System.Uri.TryCreate(reader.GetString(), UriKind.RelativeOrAbsolute, out var uri) ? uri : throw new JsonException("the string is not a valid Uri");
        }
    }
}
