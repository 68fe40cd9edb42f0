using System.ComponentModel;
using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Twister.Generated;

/// <summary>
/// Serializes an enum as the name of its member: the first declared member of each value is written
/// (aliases share a value), every member name and any number are read; a value that is no member is
/// written as its number. Names are encoded with the default encoder, as System.Text.Json encodes
/// them. Support API for code emitted by Twister.Generators: not for direct use, and it may change
/// between versions.
/// </summary>
/// <typeparam name="TEnum">The enum.</typeparam>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed class EnumSerializer<TEnum> : GeneratedSerializer<TEnum>
    where TEnum : struct, Enum
{
    private readonly Func<long, TEnum> _fromNumber;
    private readonly TEnum[] _values;
    private readonly JsonEncodedText[] _names;
    private readonly byte[][] _utf8Names;

    /// <summary>Creates the serializer of an enum with <paramref name="members"/>.</summary>
    /// <param name="fromNumber">Converts a number read from JSON (<c>v => (TEnum)v</c>).</param>
    /// <param name="members">Every member, in declaration order.</param>
    public EnumSerializer(Func<long, TEnum> fromNumber, params (string Name, TEnum Value)[] members)
    {
        _fromNumber = fromNumber;
        _values = [.. members.Select(m => m.Value)];
        _names = [.. members.Select(m => JsonEncodedText.Encode(m.Name))];
        _utf8Names = [.. members.Select(m => Encoding.UTF8.GetBytes(m.Name))];
    }

    /// <inheritdoc/>
    public override void WriteTo(JsonOutput output, TEnum value)
    {
        var index = IndexOf(value);
        if (index >= 0) output.WriteString(_names[index]);
        else output.WriteNumber(Convert.ToInt64(value, CultureInfo.InvariantCulture));
    }

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, TEnum value)
    {
        // One token: composing would save nothing.
        var index = IndexOf(value);
        if (index >= 0) writer.WriteStringValue(_names[index]);
        else writer.WriteNumberValue(Convert.ToInt64(value, CultureInfo.InvariantCulture));
    }

    /// <inheritdoc/>
    public override TEnum Read(ref Utf8JsonReader reader)
    {
        if (reader.TokenType == JsonTokenType.Number) return _fromNumber(JsonValues.ReadInt64(ref reader));
        JsonValues.Expect(ref reader, JsonTokenType.String, typeof(TEnum).Name);
        for (var i = 0; i < _utf8Names.Length; i++)
        {
            if (reader.ValueTextEquals(_utf8Names[i])) return _values[i];
        }
        throw new JsonException($"'{reader.GetString()}' is not a member of {typeof(TEnum).Name}");
    }

    private int IndexOf(TEnum value)
    {
        for (var i = 0; i < _values.Length; i++)
        {
            if (EqualityComparer<TEnum>.Default.Equals(_values[i], value)) return i;
        }
        return -1;
    }
}
